package nl.vhkgateway.infrastructure.persistence;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Brings a database up to date with the migrations in {@code classpath:db/migration} (V1 intake, later versions by
 * the other parts of the gateway). In Payara call it from a method that runs without a container transaction
 * ({@code @TransactionAttribute(NOT_SUPPORTED)}): the MariaDB DataSource is XA. Thread-safe (Flyway locks the schema
 * history table).
 */
public final class FlywayMigrator {

    private static final Logger LOG = Logger.getLogger(FlywayMigrator.class.getName());

    private final DataSource dataSource;

    public FlywayMigrator(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Applies pending migrations; returns how many were applied. Fails (unchecked) when a migration fails. */
    public int migrate() {
        MigrateResult result = Flyway.configure(FlywayMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
                + " migration(s) applied)");
        return result.migrationsExecuted;
    }
}
