package nl.vhkgateway.infrastructure.persistence;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Objects;

import javax.sql.DataSource;

import nl.vhkgateway.application.health.DependencyCheck;

/** Health check of the database: runs a query on a pooled connection, with a query timeout. Thread-safe. */
public final class DatabaseCheck implements DependencyCheck {

    private final DataSource dataSource;
    private final Duration timeout;

    public DatabaseCheck(DataSource dataSource, Duration timeout) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public void check() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            statement.setQueryTimeout((int) Math.max(1, timeout.toSeconds()));
            try (ResultSet result = statement.executeQuery("SELECT 1")) {
                if (!result.next() || result.getInt(1) != 1) {
                    throw new SQLException("SELECT 1 gave no 1");
                }
            }
        }
    }
}
