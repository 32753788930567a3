package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.OutboxClaimant;
import nl.vhkgateway.domain.outbox.OutboxMessage;
import nl.vhkgateway.domain.outbox.OutboxMessageId;
import nl.vhkgateway.domain.outbox.OutboxRepository;
import nl.vhkgateway.domain.outbox.OutboxState;
import nl.vhkgateway.domain.outbox.OutgoingMessage;
import nl.vhkgateway.domain.submission.ProcessingError;
import nl.vhkgateway.domain.submission.SubmissionId;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@link OutboxRepository} on the {@code outbox_message} table (V1__intake.sql), plain JDBC. Thread-safe.
 *
 * <p>Each instance works for one channel (see {@link JdbcSubmissionRepository}): messages it adds carry the channel,
 * and {@link #findClaimable(Instant, Instant, int)} finds only the channel's messages, so each pipeline's
 * dispatcher sends (and guards) only its own messages.
 */
public final class JdbcOutboxRepository implements OutboxRepository {

    private static final String COLUMNS = "id, submission_id, purpose, message_id, envelope_from, recipients, state, "
            + "attempts, next_attempt_at, claimed_at, sent_at, error_code, error_reason, created_at";
    /**
     * Due and PENDING, or SENDING with a claim that is stale (older than the sending lease) or was made under a
     * superseded leadership of the claimant's role (a lower fencing token) by another process (issue 12). Parameters:
     * now, stale-before, then {@link #claimantParameters}.
     */
    private static final String CLAIMABLE = "((state = 'PENDING' AND next_attempt_at <= ?) OR (state = 'SENDING' AND "
            + "(claimed_at < ? OR (claim_role = ? AND claim_token < ? AND claimed_by <> ?))))";

    private final JdbcTransactions jdbc;
    private final String channel;
    private final OutboxClaimant claimant;

    /** The outbox of the intake channel. */
    public JdbcOutboxRepository(JdbcTransactions jdbc) {
        this(jdbc, JdbcSubmissionRepository.INTAKE_CHANNEL);
    }

    /** The outbox of {@code channel} (upper case, e.g. {@code HANDOVER}). */
    public JdbcOutboxRepository(JdbcTransactions jdbc, String channel) {
        this(jdbc, channel, OutboxClaimant.NONE);
    }

    /**
     * The outbox of {@code channel} whose claims record the leadership of the claiming thread ({@code claimant}), so
     * that a newer leader takes over the claims of a superseded one at once (issue 12).
     */
    public JdbcOutboxRepository(JdbcTransactions jdbc, String channel, OutboxClaimant claimant) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.channel = JdbcSubmissionRepository.requireChannel(channel);
        this.claimant = Objects.requireNonNull(claimant, "claimant");
    }

    @Override
    public List<OutboxMessageId> add(Optional<SubmissionId> submissionId, List<OutgoingMessage> messages, Instant now) {
        return jdbc.inTransaction(() -> jdbc.withConnection(c -> {
            List<OutboxMessageId> ids = new ArrayList<>();
            for (OutgoingMessage message : messages) {
                Optional<OutboxMessageId> existing = idByMessageId(c, message.messageId());
                ids.add(existing.isPresent() ? existing.get() : insert(c, submissionId, message, now, channel));
            }
            return ids;
        }));
    }

    private static OutboxMessageId insert(Connection c, Optional<SubmissionId> submissionId, OutgoingMessage message,
                                          Instant now, String channel) throws SQLException {
        String sql = "INSERT INTO outbox_message (submission_id, purpose, message_id, envelope_from, recipients, raw_mime, "
                + "state, attempts, next_attempt_at, created_at, updated_at, channel) "
                + "VALUES (?,?,?,?,?,?,'PENDING',0,?,?,?,?)";
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            if (submissionId.isPresent()) {
                s.setLong(1, submissionId.get().value());
            } else {
                s.setNull(1, Types.BIGINT);
            }
            s.setString(2, message.purpose());
            s.setString(3, message.messageId());
            s.setString(4, message.envelopeFrom().value());
            s.setString(5, message.recipients().stream().map(MailAddress::value).collect(Collectors.joining(",")));
            s.setBytes(6, message.rawMime());
            Jdbc.setInstant(s, 7, now);
            Jdbc.setInstant(s, 8, now);
            Jdbc.setInstant(s, 9, now);
            s.setString(10, channel);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("No generated key for the new outbox message");
                }
                return new OutboxMessageId(keys.getLong(1));
            }
        }
    }

    private static Optional<OutboxMessageId> idByMessageId(Connection c, String messageId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM outbox_message WHERE message_id = ?")) {
            s.setString(1, messageId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(new OutboxMessageId(rs.getLong(1))) : Optional.empty();
            }
        }
    }

    @Override
    public List<OutboxMessageId> findClaimable(Instant now, Instant staleClaimBefore, int limit) {
        Object[] who = claimantParameters(claimant.current());
        return jdbc.withConnection(c -> ids(c, "SELECT id FROM outbox_message WHERE channel = ? AND " + CLAIMABLE
                + " ORDER BY id LIMIT ?", channel, now, staleClaimBefore, who[0], who[1], who[2], limit));
    }

    @Override
    public List<OutboxMessageId> findClaimable(SubmissionId submissionId, Instant now, Instant staleClaimBefore) {
        Object[] who = claimantParameters(claimant.current());
        return jdbc.withConnection(c -> ids(c, "SELECT id FROM outbox_message WHERE submission_id = ? AND " + CLAIMABLE
                + " ORDER BY id", submissionId.value(), now, staleClaimBefore, who[0], who[1], who[2]));
    }

    /** Role, token and process of the claimant; with none, a role that matches no claim (NULL). */
    private static Object[] claimantParameters(Optional<OutboxClaimant.Claimant> who) {
        return who.<Object[]>map(c -> new Object[] {c.role(), c.fencingToken(), c.process()})
                .orElseGet(() -> new Object[] {null, 0L, ""});
    }

    @Override
    public Optional<ClaimedMessage> claim(OutboxMessageId id, Instant now, Instant staleClaimBefore) {
        Optional<OutboxClaimant.Claimant> who = claimant.current();
        Object[] current = claimantParameters(who);
        return jdbc.withConnection(c -> {
            // in_doubt first: it reads the state before this claim (a SENDING message is being taken over)
            try (PreparedStatement s = prepare(c, "UPDATE outbox_message SET in_doubt = (in_doubt OR state = 'SENDING'), "
                    + "state = 'SENDING', claimed_at = ?, claim_role = ?, claim_token = ?, claimed_by = ?, "
                    + "attempts = attempts + 1, updated_at = ? WHERE id = ? AND " + CLAIMABLE,
                    now, who.map(OutboxClaimant.Claimant::role).orElse(null),
                    who.map(OutboxClaimant.Claimant::fencingToken).orElse(null),
                    who.map(OutboxClaimant.Claimant::process).orElse(null), now, id.value(),
                    now, staleClaimBefore, current[0], current[1], current[2])) {
                if (s.executeUpdate() != 1) {
                    return Optional.empty();
                }
            }
            // the message, its content and whether it is in doubt in one round trip (issue 13)
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT " + COLUMNS + ", raw_mime, in_doubt FROM outbox_message WHERE id = ?")) {
                s.setLong(1, id.value());
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("Outbox message " + id + " disappeared after its claim");
                    }
                    OutboxMessage message = map(rs);
                    byte[] raw = rs.getBytes("raw_mime");
                    if (raw == null) {
                        throw new SQLException("Outbox message " + id + " has no content");
                    }
                    return Optional.of(new ClaimedMessage(message, raw, rs.getBoolean("in_doubt")));
                }
            }
        });
    }

    @Override
    public int reopenAbandonedClaims(java.util.function.Supplier<java.util.Set<OutboxMessageId>> working, Instant now) {
        Optional<OutboxClaimant.Claimant> who = claimant.current();
        if (who.isEmpty()) {
            return 0;
        }
        String process = who.get().process();
        java.util.Map<OutboxMessageId, Integer> claims = jdbc.withConnection(c -> {
            java.util.Map<OutboxMessageId, Integer> found = new java.util.HashMap<>();
            try (PreparedStatement s = prepare(c, "SELECT id, attempts FROM outbox_message WHERE state = 'SENDING' "
                    + "AND channel = ? AND claimed_by = ?", channel, process); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.put(new OutboxMessageId(rs.getLong(1)), rs.getInt(2));
                }
            }
            return found;
        });
        if (claims.isEmpty()) {
            return 0;
        }
        java.util.Set<OutboxMessageId> busy = working.get(); // after the claims were read
        int reopened = 0;
        for (java.util.Map.Entry<OutboxMessageId, Integer> claim : claims.entrySet()) {
            if (!busy.contains(claim.getKey())) {
                reopened += update("UPDATE outbox_message SET state = 'PENDING', in_doubt = 1, claimed_at = NULL, "
                        + "next_attempt_at = ?, updated_at = ? WHERE id = ? AND state = 'SENDING' AND claimed_by = ? "
                        + "AND attempts = ?", now, now, claim.getKey().value(), process, claim.getValue());
            }
        }
        return reopened;
    }

    @Override
    public void markSent(OutboxMessageId id, Instant at) {
        // the mail is out: recorded even by an instance that lost its leadership meanwhile (see FencingDataSource)
        FencingDataSource.recordingDoneEffect(() -> update("UPDATE outbox_message SET state = 'SENT', sent_at = ?, error_code = NULL, error_reason = NULL, "
                + "updated_at = ? WHERE id = ? AND state = 'SENDING'", at, at, id.value()));
    }

    @Override
    public void markRetry(OutboxMessageId id, Instant nextAttemptAt, ProcessingError error, Instant now) {
        update("UPDATE outbox_message SET state = 'PENDING', next_attempt_at = ?, claimed_at = NULL, error_code = ?, "
                + "error_reason = ?, updated_at = ? WHERE id = ? AND state = 'SENDING'",
                nextAttemptAt, error.code(), error.reason(), now, id.value());
    }

    @Override
    public void markFailed(OutboxMessageId id, ProcessingError error, Instant now) {
        update("UPDATE outbox_message SET state = 'FAILED', claimed_at = NULL, error_code = ?, error_reason = ?, "
                + "updated_at = ? WHERE id = ? AND state = 'SENDING'", error.code(), error.reason(), now, id.value());
    }

    @Override
    public void markCancelled(OutboxMessageId id, ProcessingError reason, Instant now) {
        update("UPDATE outbox_message SET state = 'CANCELLED', claimed_at = NULL, error_code = ?, error_reason = ?, "
                + "updated_at = ? WHERE id = ? AND state = 'SENDING'", reason.code(), reason.reason(), now, id.value());
    }

    @Override
    public int resetFailed(SubmissionId submissionId, Instant now) {
        return update("UPDATE outbox_message SET state = 'PENDING', attempts = 0, next_attempt_at = ?, claimed_at = NULL, "
                + "updated_at = ? WHERE submission_id = ? AND state = 'FAILED'", now, now, submissionId.value());
    }

    @Override
    public List<OutboxMessage> findBySubmission(SubmissionId submissionId) {
        return jdbc.withConnection(c -> selectMany(c, "submission_id = ? ORDER BY id", submissionId.value()));
    }

    @Override
    public Optional<OutboxMessage> find(OutboxMessageId id) {
        return jdbc.withConnection(c -> selectOne(c, id));
    }

    private int update(String sql, Object... params) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement s = prepare(c, sql, params)) {
                return s.executeUpdate();
            }
        });
    }

    private static List<OutboxMessageId> ids(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, params); ResultSet rs = s.executeQuery()) {
            List<OutboxMessageId> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(new OutboxMessageId(rs.getLong(1)));
            }
            return ids;
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                if (params[i] instanceof Instant instant) {
                    Jdbc.setInstant(s, i + 1, instant);
                } else {
                    s.setObject(i + 1, params[i]);
                }
            }
            return s;
        } catch (SQLException e) {
            s.close();
            throw e;
        }
    }

    private static Optional<OutboxMessage> selectOne(Connection c, OutboxMessageId id) throws SQLException {
        List<OutboxMessage> found = selectMany(c, "id = ?", id.value());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<OutboxMessage> selectMany(Connection c, String where, Object... params) throws SQLException {
        try (PreparedStatement s = prepare(c, "SELECT " + COLUMNS + " FROM outbox_message WHERE " + where, params);
             ResultSet rs = s.executeQuery()) {
            List<OutboxMessage> result = new ArrayList<>();
            while (rs.next()) {
                result.add(map(rs));
            }
            return result;
        }
    }

    private static OutboxMessage map(ResultSet rs) throws SQLException {
        long submission = rs.getLong("submission_id");
        Optional<SubmissionId> submissionId = rs.wasNull() ? Optional.empty() : Optional.of(new SubmissionId(submission));
        String errorCode = rs.getString("error_code");
        Optional<ProcessingError> error = errorCode == null ? Optional.empty()
                : Optional.of(new ProcessingError(errorCode, Objects.requireNonNullElse(rs.getString("error_reason"), "")));
        List<MailAddress> recipients = Arrays.stream(rs.getString("recipients").split(","))
                .filter(r -> !r.isBlank()).map(MailAddress::of).toList();
        return new OutboxMessage(new OutboxMessageId(rs.getLong("id")), submissionId, rs.getString("purpose"),
                rs.getString("message_id"), MailAddress.of(rs.getString("envelope_from")), recipients,
                OutboxState.valueOf(rs.getString("state")), rs.getInt("attempts"), Jdbc.instant(rs, "next_attempt_at"),
                Jdbc.optionalInstant(rs, "claimed_at"), Jdbc.optionalInstant(rs, "sent_at"), error,
                Jdbc.instant(rs, "created_at"));
    }
}
