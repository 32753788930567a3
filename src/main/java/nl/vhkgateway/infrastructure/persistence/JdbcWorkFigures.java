package nl.vhkgateway.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import nl.vhkgateway.application.metrics.WorkFigures;

/**
 * {@link WorkFigures} from the intake tables: counters from the state history (never deleted; retention only removes
 * content), gauges from the current rows. Five indexed aggregate queries per read. Thread-safe.
 */
public final class JdbcWorkFigures implements WorkFigures {

    /** Cards: the intake mailbox's submissions (not the handover channel's). */
    private static final String INTAKE = "submission.channel = '" + JdbcSubmissionRepository.INTAKE_CHANNEL + "'";

    private final DataSource dataSource;

    public JdbcWorkFigures(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Snapshot read(Instant now) {
        try (Connection c = dataSource.getConnection()) {
            long received = single(c, "SELECT COUNT(*) FROM submission WHERE " + INTAKE);
            Map<String, Long> changes = grouped(c, "SELECT c.to_state, COUNT(*) FROM submission_state_change c"
                    + " JOIN submission ON submission.id = c.submission_id WHERE " + INTAKE
                    + " AND c.to_state IN ('ACCEPTED', 'REFUSING', 'QUARANTINED', 'ERROR') GROUP BY c.to_state");
            Map<String, Long> decisions = Map.of(
                    "accepted", changes.getOrDefault("ACCEPTED", 0L),
                    "refused", changes.getOrDefault("REFUSING", 0L),
                    "quarantined", changes.getOrDefault("QUARANTINED", 0L));
            Map<String, Long> byState = grouped(c, "SELECT state, COUNT(*) FROM submission WHERE " + INTAKE
                    + " GROUP BY state");
            long pending = single(c, "SELECT COUNT(*) FROM outbox_message WHERE state IN ('PENDING', 'SENDING')");
            Optional<Duration> oldest = Optional.empty();
            try (PreparedStatement s = c.prepareStatement("SELECT MIN(created_at) AS oldest FROM outbox_message"
                    + " WHERE state IN ('PENDING', 'SENDING')"); ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    oldest = Jdbc.optionalInstant(rs, "oldest").map(at -> Duration.between(at, now))
                            .map(age -> age.isNegative() ? Duration.ZERO : age);
                }
            }
            return new Snapshot(received, decisions, changes.getOrDefault("ERROR", 0L), byState, pending, oldest);
        } catch (SQLException e) {
            throw new PersistenceException("Reading the work figures", e);
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Map<String, Long> grouped(Connection c, String sql) throws SQLException {
        Map<String, Long> result = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getLong(2));
            }
        }
        return result;
    }
}
