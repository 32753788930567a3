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
        return Optional.ofNullable(rs.getTimestamp(column, utc())).map(java.sql.Timestamp::toInstant);
    }

    /**
     * A calendar in UTC for reading DATETIME columns as the UTC wall-clock time they hold. Reading through
     * {@code getObject(column, LocalDateTime.class)} gives the same instant, but the container's result-set wrapper
     * answers that JDBC 4.1 call by reflection: about 5 % of the intake's CPU in the benchmark's profile (issue 13).
     * A new calendar per call: the driver synchronises on it while it converts.
     */
    static java.util.Calendar utc() {
        return java.util.Calendar.getInstance(java.util.TimeZone.getTimeZone(ZoneOffset.UTC), java.util.Locale.ROOT);
    }

    static Optional<String> optionalString(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }
}
