package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.domain.intake.UnauditedDecisions;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionState;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link UnauditedDecisions} from the state history and the audit log in the same database. One query finds the
 * intake submissions decided in the window (index {@code ix_state_change_time}, V24) whose decisions outnumber their
 * {@code INTAKE_DECISION} rows (index on the audit row's subject); a second query per such submission (rare: only
 * after a crash) lists its decisions with the number of outgoing messages each wrote. Reads only, without a transaction. Thread-safe.
 */
public final class JdbcUnauditedDecisions implements UnauditedDecisions {

    /** A routing decision in the state history (the intermediate RECEIVED -> SCREENED and ERROR are none). */
    private static final String DECISION = "%1$s.from_state IN ('RECEIVED', 'SCREENED')"
            + " AND %1$s.to_state IN ('ROUTED', 'ACCEPTED', 'REFUSING', 'QUARANTINED')";
    private static final String GAPS = "SELECT w.submission_id,"
            + " (SELECT COUNT(*) FROM audit_event a WHERE a.subject = CONCAT('submission:', w.submission_id)"
            + " AND a.action = 'INTAKE_DECISION') AS audited,"
            + " (SELECT COUNT(*) FROM submission_state_change d WHERE d.submission_id = w.submission_id"
            + " AND d.occurred_at < ? AND " + DECISION.formatted("d") + ") AS decisions"
            + " FROM (SELECT DISTINCT c.submission_id FROM submission_state_change c"
            + " JOIN submission s ON s.id = c.submission_id"
            + " WHERE c.occurred_at >= ? AND c.occurred_at < ? AND s.channel = '"
            + JdbcSubmissionRepository.INTAKE_CHANNEL + "' AND " + DECISION.formatted("c") + ") w"
            + " HAVING audited < decisions ORDER BY w.submission_id LIMIT ?";
    /**
     * A decision's outgoing messages are the outbox rows its routing transaction wrote: the same submission and the
     * same time ({@code RouteSubmission} writes both with one instant; their Message-IDs are per decision round, so a
     * later round never reuses an earlier round's row). Index {@code ix_outbox_submission}.
     */
    private static final String DECISIONS = "SELECT d.to_state, d.reason_code, d.occurred_at,"
            + " (SELECT COUNT(*) FROM outbox_message o WHERE o.submission_id = d.submission_id"
            + " AND o.created_at = d.occurred_at) AS messages"
            + " FROM submission_state_change d WHERE d.submission_id = ? AND d.occurred_at < ? AND "
            + DECISION.formatted("d") + " ORDER BY d.id";

    private final DataSource dataSource;

    public JdbcUnauditedDecisions(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public List<Decision> find(Instant from, Instant to, int limit) {
        List<Decision> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            List<long[]> gaps = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(GAPS)) {
                JdbcTime.set(statement, 1, to);
                JdbcTime.set(statement, 2, from);
                JdbcTime.set(statement, 3, to);
                statement.setInt(4, limit);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        gaps.add(new long[] {rs.getLong(1), rs.getLong(2)});
                    }
                }
            }
            for (long[] gap : gaps) {
                found.addAll(unaudited(connection, new SubmissionId(gap[0]), gap[1], to));
            }
        } catch (SQLException e) {
            throw new PersistenceException("Finding decisions without their audit row", e);
        }
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    private static List<Decision> unaudited(Connection connection, SubmissionId id, long audited, Instant to)
            throws SQLException {
        List<Decision> decisions = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(DECISIONS)) {
            statement.setLong(1, id.value());
            JdbcTime.set(statement, 2, to);
            try (ResultSet rs = statement.executeQuery()) {
                int ordinal = 0;
                while (rs.next()) {
                    ordinal++;
                    if (ordinal > audited) {
                        decisions.add(new Decision(id, ordinal, SubmissionState.valueOf(rs.getString(1)),
                                rs.getString(2), JdbcTime.get(rs, "occurred_at"), rs.getInt("messages")));
                    }
                }
            }
        }
        return decisions;
    }
}
