package nl.vhkgateway.infrastructure.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * A fresh, migrated MariaDB database per test class, on the server at 127.0.0.1:3306 (root, empty password)
 * unless {@code -Dvhk.test.db.url=jdbc:mariadb://host:port/} (plus {@code vhk.test.db.user/password}) says
 * otherwise. The database {@code vhk_it_<name>} is dropped and recreated, then migrated by Flyway with the
 * project's own migrations ({@code classpath:db/migration}).
 */
public final class RegisterTestDatabase {

    private RegisterTestDatabase() {
    }

    public static DataSource fresh(String name) {
        if (!name.matches("[a-z0-9_]{1,40}")) {
            throw new IllegalArgumentException("database name part must be [a-z0-9_]: " + name);
        }
        String server = System.getProperty("vhk.test.db.url", "jdbc:mariadb://127.0.0.1:3306/");
        String user = System.getProperty("vhk.test.db.user", "root");
        String password = System.getProperty("vhk.test.db.password", "");
        String database = "vhk_it_" + name;
        try {
            MariaDbDataSource admin = new MariaDbDataSource(server);
            admin.setUser(user);
            admin.setPassword(password);
            try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE IF EXISTS " + database);
                statement.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            MariaDbDataSource dataSource = new MariaDbDataSource(server + database);
            dataSource.setUser(user);
            dataSource.setPassword(password);
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
            return dataSource;
        } catch (SQLException e) {
            throw new IllegalStateException("test database " + database + " cannot be prepared at " + server, e);
        }
    }
}
