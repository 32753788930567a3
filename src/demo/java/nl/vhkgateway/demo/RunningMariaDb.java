package nl.vhkgateway.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * A MariaDB server that is up: either an already running one that was reachable, or an embedded one started by
 * {@link MariaDbProvider}. Closing it stops the embedded server (an external server is left alone).
 *
 * <p>Thread-safe: all methods may be called from any thread.
 */
public interface RunningMariaDb extends AutoCloseable {

    /** The JDBC URL of database {@code database} on this server (letters, digits, underscore). */
    String jdbcUrl(String database);

    String user();

    String password();

    /** True when this is the embedded server started by this JVM, false for an external one. */
    boolean embedded();

    /** Creates the database (utf8mb4) when it does not exist yet. */
    default void createDatabaseIfMissing(String database) {
        execute("CREATE DATABASE IF NOT EXISTS `" + requireValidName(database)
                + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    /** Drops the database when it exists. */
    default void dropDatabase(String database) {
        execute("DROP DATABASE IF EXISTS `" + requireValidName(database) + "`");
    }

    /** Drops and creates the database: a clean, empty database for a test class. */
    default void recreateDatabase(String database) {
        dropDatabase(database);
        createDatabaseIfMissing(database);
    }

    /** Stops the embedded server; does nothing for an external one. Never throws. */
    @Override
    void close();

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("mysql"), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Database statement failed on " + jdbcUrl("mysql") + ": " + e.getMessage(), e);
        }
    }

    /** Returns {@code name} when it is a safe database name, else throws {@link IllegalArgumentException}. */
    static String requireValidName(String name) {
        if (name == null || !Pattern.matches("[A-Za-z0-9_]{1,64}", name)) {
            throw new IllegalArgumentException("Invalid database name: " + name);
        }
        return name;
    }
}
