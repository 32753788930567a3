package nl.vhkgateway.infrastructure.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Brings a database up to date with the migrations in {@code classpath:db/migration} (V1 intake, later versions by
 * the other parts of the gateway). In Payara call it from a method that runs without a container transaction
 * ({@code @TransactionAttribute(NOT_SUPPORTED)}): the MariaDB DataSource is XA. Thread-safe (Flyway locks the schema
 * history table).
 */
public final class FlywayMigrator {

    private static final Logger LOG = Logger.getLogger(FlywayMigrator.class.getName());

    private final Consumer<FluentConfiguration> target;
    private final Runnable afterMigration;

    /** Migrates through the gateway's own DataSource (the runtime user has every right: demo and tests). */
    public FlywayMigrator(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        this.target = flyway -> flyway.dataSource(dataSource);
        this.afterMigration = () -> { };
    }

    private FlywayMigrator(String url, String user, String password, String runtimeRole) {
        this.target = flyway -> flyway.dataSource(url, user, password);
        this.afterMigration = () -> RuntimeGrants.apply(url, user, password, runtimeRole);
    }

    /**
     * Migrates as a separate migration user, then grants {@code runtimeRole} its table rights
     * ({@link RuntimeGrants}): the runtime user needs no DDL.
     */
    public static FlywayMigrator asMigrationUser(String url, String user, String password, String runtimeRole) {
        return new FlywayMigrator(Objects.requireNonNull(url, "url"), Objects.requireNonNull(user, "user"),
                Objects.requireNonNull(password, "password"), Objects.requireNonNull(runtimeRole, "runtimeRole"));
    }

    /** Applies pending migrations; returns how many were applied. Fails (unchecked) when a migration fails. */
    public int migrate() {
        FluentConfiguration configuration = Flyway.configure(FlywayMigrator.class.getClassLoader());
        target.accept(configuration);
        MigrateResult result = configuration
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        afterMigration.run();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied)");
        return result.migrationsExecuted;
    }
}
