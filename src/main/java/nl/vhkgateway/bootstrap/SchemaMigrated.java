package nl.vhkgateway.bootstrap;

/**
 * CDI event fired synchronously by {@link GatewayStartup} once the database schema is up to date and before the
 * intake starts: observe it ({@code void seed(@Observes SchemaMigrated event)}) to prepare data the intake needs,
 * e.g. seeding the participant register in the demo. An exception in an observer fails the start-up.
 *
 * @param migrationsApplied how many migrations this start applied
 */
public record SchemaMigrated(int migrationsApplied) {
}
