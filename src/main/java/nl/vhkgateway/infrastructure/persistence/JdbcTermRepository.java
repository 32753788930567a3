package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.domain.planning.CaseTerm;
import nl.vhkgateway.domain.planning.RecordedTerm;
import nl.vhkgateway.domain.planning.Term;
import nl.vhkgateway.domain.planning.TermKind;
import nl.vhkgateway.domain.planning.TermRepository;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionNumber;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@link TermRepository} on {@code case_term} and {@code scheduled_notice} (V6__agenda.sql). Thread-safe. */
public final class JdbcTermRepository implements TermRepository {

    private final JdbcTransactions jdbc;

    public JdbcTermRepository(JdbcTransactions jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public void replaceTerms(SubmissionNumber number, List<Term> terms, Instant now) {
        jdbc.inTransaction(() -> jdbc.withConnection(c -> {
            long submission = submissionId(c, number);
            for (Term term : terms) {
                try (PreparedStatement s = c.prepareStatement("INSERT INTO case_term (submission_id, kind, due_date, "
                        + "created_at, updated_at) VALUES (?,?,?,?,?) "
                        + "ON DUPLICATE KEY UPDATE due_date = VALUES(due_date), updated_at = VALUES(updated_at)")) {
                    s.setLong(1, submission);
                    s.setString(2, term.kind().name());
                    s.setDate(3, Date.valueOf(term.due()));
                    Jdbc.setInstant(s, 4, now);
                    Jdbc.setInstant(s, 5, now);
                    s.executeUpdate();
                }
            }
            String kept = terms.stream().map(t -> "'" + t.kind().name() + "'").collect(Collectors.joining(","));
            try (PreparedStatement s = c.prepareStatement("DELETE FROM case_term WHERE submission_id = ?"
                    + (kept.isEmpty() ? "" : " AND kind NOT IN (" + kept + ")"))) {
                s.setLong(1, submission);
                s.executeUpdate();
            }
            return null;
        }));
    }

    @Override
    public List<RecordedTerm> termsOf(SubmissionNumber number) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT t.kind, t.due_date, t.done_at FROM case_term t "
                    + "JOIN planned_case p ON p.submission_id = t.submission_id "
                    + "WHERE p.submission_year = ? AND p.submission_sequence = ? ORDER BY t.due_date, t.kind")) {
                s.setInt(1, number.year());
                s.setInt(2, number.sequence());
                try (ResultSet rs = s.executeQuery()) {
                    List<RecordedTerm> terms = new ArrayList<>();
                    while (rs.next()) {
                        terms.add(new RecordedTerm(new Term(TermKind.valueOf(rs.getString("kind")),
                                rs.getDate("due_date").toLocalDate()), Jdbc.optionalInstant(rs, "done_at")));
                    }
                    return terms;
                }
            }
        });
    }

    @Override
    public List<CaseTerm> undone() {
        return jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT t.submission_id, t.kind, t.due_date, "
                    + "p.submission_year, p.submission_sequence, p.participant_id FROM case_term t "
                    + "JOIN planned_case p ON p.submission_id = t.submission_id WHERE t.done_at IS NULL "
                    + "ORDER BY t.due_date, p.submission_year, p.submission_sequence, t.kind");
                 ResultSet rs = s.executeQuery()) {
                List<CaseTerm> terms = new ArrayList<>();
                while (rs.next()) {
                    long participant = rs.getLong("participant_id");
                    Optional<Long> participantId = rs.wasNull() ? Optional.empty() : Optional.of(participant);
                    terms.add(new CaseTerm(new SubmissionId(rs.getLong("submission_id")),
                            new SubmissionNumber(rs.getInt("submission_year"), rs.getInt("submission_sequence")),
                            participantId, new Term(TermKind.valueOf(rs.getString("kind")),
                            rs.getDate("due_date").toLocalDate())));
                }
                return terms;
            }
        });
    }

    @Override
    public boolean markDone(SubmissionNumber number, TermKind kind, Instant now) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE case_term t JOIN planned_case p "
                    + "ON p.submission_id = t.submission_id SET t.done_at = COALESCE(t.done_at, ?), t.updated_at = ? "
                    + "WHERE p.submission_year = ? AND p.submission_sequence = ? AND t.kind = ?")) {
                Jdbc.setInstant(s, 1, now);
                Jdbc.setInstant(s, 2, now);
                s.setInt(3, number.year());
                s.setInt(4, number.sequence());
                s.setString(5, kind.name());
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean claimNotice(String key, Instant now) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT IGNORE INTO scheduled_notice (notice_key, created_at) VALUES (?, ?)")) {
                s.setString(1, key);
                Jdbc.setInstant(s, 2, now);
                return s.executeUpdate() == 1;
            }
        });
    }

    private static long submissionId(Connection c, SubmissionNumber number) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT submission_id FROM planned_case "
                + "WHERE submission_year = ? AND submission_sequence = ?")) {
            s.setInt(1, number.year());
            s.setInt(2, number.sequence());
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("no planned case " + number.format());
                }
                return rs.getLong(1);
            }
        }
    }
}
