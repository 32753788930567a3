package nl.vhkgateway.testsupport;

import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A fresh MariaDB database for one integration test class ({@code vhk_it_<name>}), dropped and recreated, then
 * migrated by Flyway with the project's migrations. Server: 127.0.0.1:3306, user root without password, unless
 * the environment says otherwise ({@code VHK_IT_DB_HOST}, {@code VHK_IT_DB_PORT}, {@code VHK_IT_DB_USER},
 * {@code VHK_IT_DB_PASSWORD}).
 */
public final class ScratchDatabase {

    private ScratchDatabase() {
    }

    public static DataSource create(String name) {
        if (!name.matches("[a-z0-9_]{1,40}")) {
            throw new IllegalArgumentException("database name part must be [a-z0-9_]");
        }
        String database = "vhk_it_" + name;
        try {
            DataSource server = dataSource("");
            try (Connection connection = server.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database);
                statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            DataSource dataSource = dataSource(database);
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            return dataSource;
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB for integration tests not reachable at " + url(""), e);
        }
    }

    /** Runs SQL directly, bypassing the application: to tamper with tables in tests. */
    public static void execute(DataSource dataSource, String... statements) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + e.getMessage(), e);
        }
    }

    private static DataSource dataSource(String database) throws SQLException {
        MariaDbDataSource dataSource = new MariaDbDataSource(url(database));
        dataSource.setUser(env("VHK_IT_DB_USER", "root"));
        dataSource.setPassword(env("VHK_IT_DB_PASSWORD", ""));
        return dataSource;
    }

    private static String url(String database) {
        return "jdbc:mariadb://" + env("VHK_IT_DB_HOST", "127.0.0.1") + ":" + env("VHK_IT_DB_PORT", "3306") + "/"
                + database;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
