package nl.vhkgateway.testsupport;

import nl.vhkgateway.demo.MariaDbProvider;
import nl.vhkgateway.demo.RunningMariaDb;
import nl.vhkgateway.infrastructure.persistence.FlywayMigrator;
import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.sql.SQLException;

/**
 * The MariaDB for integration tests (the configured server, else an embedded one under target/it-data), and fresh
 * migrated databases on it. Thread-safe.
 */
public final class TestDatabase {

    private static RunningMariaDb server;

    private TestDatabase() {
    }

    public static synchronized RunningMariaDb server() {
        if (server == null) {
            server = MariaDbProvider.startOrConnect(Path.of("target", "it-data", "mariadb"));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "vhk-test-mariadb-stop"));
        }
        return server;
    }

    /** Drops and recreates database {@code name}, migrates it, and returns a DataSource on it. */
    public static DataSource fresh(String name) {
        RunningMariaDb db = server();
        db.recreateDatabase(name);
        DataSource dataSource = dataSource(name);
        new FlywayMigrator(dataSource).migrate();
        return dataSource;
    }

    /** A (non-pooled) DataSource on an existing database. */
    public static DataSource dataSource(String name) {
        try {
            MariaDbDataSource dataSource = new MariaDbDataSource(server().jdbcUrl(name));
            dataSource.setUser(server().user());
            dataSource.setPassword(server().password());
            return dataSource;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
