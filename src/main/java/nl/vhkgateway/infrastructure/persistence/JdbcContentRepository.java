package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.domain.intake.ContentRepository;
import nl.vhkgateway.domain.submission.ReasonCodes;
import nl.vhkgateway.domain.submission.SubmissionId;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link ContentRepository} on the {@code submission}, {@code submission_state_change} and {@code outbox_message}
 * tables: content is removed by setting the MIME columns to NULL and recording {@code content_purged_at} (columns
 * of V4__routing.sql). Joins the {@link JdbcTransactions} transaction of the calling thread. Thread-safe.
 */
public final class JdbcContentRepository implements ContentRepository {

    private final JdbcTransactions jdbc;

    public JdbcContentRepository(JdbcTransactions jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public boolean hasContent(SubmissionId submission) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement select = c.prepareStatement(
                    "SELECT raw_mime IS NOT NULL FROM submission WHERE id = ?")) {
                select.setLong(1, submission.value());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() && rows.getBoolean(1);
                }
            }
        });
    }

    @Override
    public List<SubmissionId> deliveredBefore(Instant cutoff, int limit) {
        return ids("SELECT s.id FROM submission s WHERE s.state = 'DELIVERED' AND s.raw_mime IS NOT NULL "
                + "AND (SELECT MAX(c.occurred_at) FROM submission_state_change c WHERE c.submission_id = s.id "
                + "AND c.to_state = 'DELIVERED') < ? ORDER BY s.id LIMIT ?", cutoff, limit);
    }

    @Override
    public List<SubmissionId> refused(int limit) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT s.id FROM submission s "
                    + "WHERE s.raw_mime IS NOT NULL AND s.state IN ('REFUSING', 'REFUSED', 'ERROR') "
                    + "AND EXISTS (SELECT 1 FROM submission_state_change c WHERE c.submission_id = s.id "
                    + "AND c.to_state = 'REFUSING') ORDER BY s.id LIMIT ?")) {
                select.setInt(1, limit);
                return read(select);
            }
        });
    }

    @Override
    public List<SubmissionId> quarantinedBefore(Instant cutoff, int limit) {
        return ids("SELECT s.id FROM submission s WHERE s.state = 'QUARANTINED' "
                + "AND (SELECT MAX(c.occurred_at) FROM submission_state_change c WHERE c.submission_id = s.id "
                + "AND c.to_state = 'QUARANTINED') < ? ORDER BY s.id LIMIT ?", cutoff, limit);
    }

    @Override
    public boolean purge(SubmissionId submission, String reasonCode, Instant at) {
        ReasonCodes.require(reasonCode);
        return jdbc.withConnection(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE submission SET raw_mime = NULL, "
                    + "content_purged_at = ?, content_purge_reason = ? WHERE id = ? AND raw_mime IS NOT NULL "
                    + "AND state NOT IN ('RECEIVED', 'SCREENED')")) {
                JdbcTime.set(update, 1, at);
                update.setString(2, reasonCode);
                update.setLong(3, submission.value());
                return update.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<String> purgedMessageIdsSince(Instant since, int limit) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement select = c.prepareStatement("SELECT message_id FROM submission "
                    + "WHERE content_purged_at >= ? AND message_id_synthetic = FALSE ORDER BY id LIMIT ?")) {
                JdbcTime.set(select, 1, since);
                select.setInt(2, limit);
                List<String> ids = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
                return ids;
            }
        });
    }

    @Override
    public int purgeSentBefore(Instant cutoff, Instant at) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement update = c.prepareStatement("UPDATE outbox_message SET raw_mime = NULL, "
                    + "content_purged_at = ? WHERE state = 'SENT' AND sent_at < ? AND raw_mime IS NOT NULL")) {
                JdbcTime.set(update, 1, at);
                JdbcTime.set(update, 2, cutoff);
                return update.executeUpdate();
            }
        });
    }

    private List<SubmissionId> ids(String sql, Instant cutoff, int limit) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement select = c.prepareStatement(sql)) {
                JdbcTime.set(select, 1, cutoff);
                select.setInt(2, limit);
                return read(select);
            }
        });
    }

    private static List<SubmissionId> read(PreparedStatement select) throws SQLException {
        List<SubmissionId> ids = new ArrayList<>();
        try (ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                ids.add(new SubmissionId(rows.getLong(1)));
            }
        }
        return ids;
    }
}
