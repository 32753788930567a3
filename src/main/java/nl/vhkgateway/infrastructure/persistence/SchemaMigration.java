package nl.vhkgateway.infrastructure.persistence;

import java.util.Objects;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with the Flyway migrations in {@code db/migration} on the classpath. Run once
 * at start-up, before anything else uses the database; outside a container transaction (the MariaDB DataSource is
 * XA-capable, and a migration inside a JTA transaction fails). Thread-safe (Flyway locks the schema history).
 */
public final class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    private final DataSource dataSource;

    public SchemaMigration(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** @return the schema version after migrating */
    public String migrate() {
        Flyway flyway = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
        MigrateResult result = flyway.migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : result.initialSchemaVersion != null ? result.initialSchemaVersion : "(empty)";
        LOG.info(() -> "Database schema at version " + version + " (" + result.migrationsExecuted
                + " migrations applied now)");
        return version;
    }
}
