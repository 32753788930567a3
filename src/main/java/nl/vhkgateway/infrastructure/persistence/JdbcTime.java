package nl.vhkgateway.infrastructure.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Instants in DATETIME columns, always as UTC, independent of the server's and the JVM's time zone. Stateless.
 */
final class JdbcTime {

    private JdbcTime() {
    }

    static void set(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant get(ResultSet rs, String column) throws SQLException {
        return Jdbc.instant(rs, column);
    }
}
