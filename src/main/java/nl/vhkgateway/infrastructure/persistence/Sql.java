package nl.vhkgateway.infrastructure.persistence;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Small helpers shared by the JDBC repositories. Stateless. */
final class Sql {

    /** MariaDB/MySQL error code of a duplicate key. */
    static final int DUPLICATE_KEY = 1062;
    /** MariaDB/MySQL error code of a missing foreign-key parent. */
    static final int NO_REFERENCED_ROW = 1452;

    private Sql() {
    }

    /** Instants are stored in DATETIME columns as UTC. */
    static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static Instant fromUtc(Timestamp timestamp) {
        return timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    static boolean isDuplicate(SQLException e, String constraint) {
        return e.getErrorCode() == DUPLICATE_KEY && String.valueOf(e.getMessage()).contains(constraint);
    }
}
