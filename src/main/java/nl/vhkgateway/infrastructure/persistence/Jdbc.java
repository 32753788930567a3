package nl.vhkgateway.infrastructure.persistence;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Small JDBC helpers: instants are stored as UTC DATETIME(6). Stateless. */
final class Jdbc {

    private Jdbc() {
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static void setOptionalInstant(PreparedStatement statement, int index, Optional<Instant> instant) throws SQLException {
        if (instant.isPresent()) {
            setInstant(statement, index, instant.get());
        } else {
            statement.setNull(index, Types.TIMESTAMP);
        }
    }

    static void setOptionalString(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            statement.setString(index, value.get());
        } else {
            statement.setNull(index, Types.VARCHAR);
        }
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        return optionalInstant(rs, column).orElseThrow(() -> new SQLException("NULL in " + column));
    }

    static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return Optional.ofNullable(value).map(v -> v.toInstant(ZoneOffset.UTC));
    }

    static Optional<String> optionalString(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }
}
