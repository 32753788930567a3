package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.submission.ConcurrentChangeException;
import nl.vhkgateway.domain.submission.ContentHash;
import nl.vhkgateway.domain.submission.IdempotencyKey;
import nl.vhkgateway.domain.submission.IncomingMessage;
import nl.vhkgateway.domain.submission.MailboxLocation;
import nl.vhkgateway.domain.submission.ProcessingError;
import nl.vhkgateway.domain.submission.ReasonCodes;
import nl.vhkgateway.domain.submission.StateChange;
import nl.vhkgateway.domain.submission.StoreOutcome;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionRepository;
import nl.vhkgateway.domain.submission.SubmissionSearch;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link SubmissionRepository} on the {@code submission} and {@code submission_state_change} tables (V1__intake.sql),
 * plain JDBC. Thread-safe.
 *
 * <p>Each instance works for one <em>channel</em> (V5__handover.sql): the intake mailbox ({@link #INTAKE_CHANNEL})
 * or another watched mailbox such as the handover mailbox. Storing, the idempotency key and the queries that find
 * work ({@link #findByKey}, {@link #findByLocation}, {@link #findDue}, {@link #findAwaitingRelease}) see only the
 * channel's submissions, so two pipelines on one database never route each other's messages. Lookups by id,
 * {@link #findByState} and the history are not scoped: the beheerder sees every submission.
 */
public final class JdbcSubmissionRepository implements SubmissionRepository {

    private static final String COLUMNS = "id, message_id, message_id_synthetic, content_sha256, sender, received_at, "
            + "size_bytes, state, attempts, next_attempt_at, error_code, error_reason, mailbox_account, mailbox_folder, "
            + "mailbox_uid_validity, mailbox_uid, released_from_inbox_at, created_at, updated_at";

    /** The channel of the intake mailbox (the default). */
    public static final String INTAKE_CHANNEL = "INTAKE";
    private static final java.util.regex.Pattern CHANNEL = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{1,19}");

    private final JdbcTransactions jdbc;
    private final String channel;

    /** The repository of the intake channel. */
    public JdbcSubmissionRepository(JdbcTransactions jdbc) {
        this(jdbc, INTAKE_CHANNEL);
    }

    /** The repository of {@code channel} (upper case, e.g. {@code HANDOVER}). */
    public JdbcSubmissionRepository(JdbcTransactions jdbc, String channel) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
        this.channel = requireChannel(channel);
    }

    /** Returns {@code channel} when it has the shape of a channel name ({@code [A-Z][A-Z0-9_]{1,19}}), else throws. */
    public static String requireChannel(String channel) {
        if (channel == null || !CHANNEL.matcher(channel).matches()) {
            throw new IllegalArgumentException("Not a channel name: " + channel);
        }
        return channel;
    }

    @Override
    public StoreOutcome storeIfAbsent(IncomingMessage message, Instant now) {
        return store(message, Optional.empty(), now);
    }

    @Override
    public StoreOutcome recordUnstorable(IncomingMessage message, ProcessingError reason, Instant now) {
        return store(message, Optional.of(reason), now);
    }

    /** Stores the message, or only its metadata in ERROR when {@code unstorable} is given. */
    private StoreOutcome store(IncomingMessage message, Optional<ProcessingError> unstorable, Instant now) {
        return jdbc.inTransaction(() -> jdbc.withConnection(c -> {
            Optional<Submission> existing = selectOne(c, "channel = ? AND message_id_digest = ? AND content_sha256 = ? "
                    + "FOR UPDATE", channel, message.key().messageIdDigest(), message.key().contentHash().hex());
            if (existing.isPresent()) {
                return new StoreOutcome(relocate(c, existing.get(), message.location(), now), false);
            }
            long id;
            try {
                id = insert(c, message, unstorable, now);
            } catch (SQLIntegrityConstraintViolationException race) {
                Submission winner = selectOne(c, "channel = ? AND message_id_digest = ? AND content_sha256 = ?",
                        channel, message.key().messageIdDigest(), message.key().contentHash().hex())
                        .orElseThrow(() -> race);
                return new StoreOutcome(winner, false);
            }
            SubmissionId submissionId = new SubmissionId(id);
            insertHistory(c, new StateChange(submissionId, Optional.empty(),
                    unstorable.isPresent() ? SubmissionState.ERROR : SubmissionState.RECEIVED,
                    unstorable.map(ProcessingError::code).orElse(ReasonCodes.STORED), now));
            return new StoreOutcome(selectOne(c, "id = ?", id).orElseThrow(), true);
        }));
    }

    private long insert(Connection c, IncomingMessage message, Optional<ProcessingError> unstorable, Instant now)
            throws SQLException {
        String sql = "INSERT INTO submission (message_id, message_id_synthetic, message_id_digest, content_sha256, sender, "
                + "received_at, size_bytes, raw_mime, state, attempts, next_attempt_at, mailbox_account, mailbox_folder, "
                + "mailbox_uid_validity, mailbox_uid, created_at, updated_at, error_code, error_reason, channel) "
                + "VALUES (?,?,?,?,?,?,?,?,?,0,?,?,?,?,?,?,?,?,?,?)";
        try (PreparedStatement s = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            IdempotencyKey key = message.key();
            MailboxLocation location = message.location();
            s.setString(1, key.messageId());
            s.setBoolean(2, key.syntheticMessageId());
            s.setString(3, key.messageIdDigest());
            s.setString(4, key.contentHash().hex());
            Jdbc.setOptionalString(s, 5, message.sender().map(MailAddress::value));
            Jdbc.setInstant(s, 6, message.receivedAt());
            s.setLong(7, message.size());
            if (unstorable.isPresent()) {
                s.setNull(8, java.sql.Types.BLOB);
            } else {
                s.setBytes(8, message.rawMime());
            }
            s.setString(9, (unstorable.isPresent() ? SubmissionState.ERROR : SubmissionState.RECEIVED).name());
            Jdbc.setInstant(s, 10, now);
            s.setString(11, location.account());
            s.setString(12, location.folder());
            s.setLong(13, location.uidValidity());
            s.setLong(14, location.uid());
            Jdbc.setInstant(s, 15, now);
            Jdbc.setInstant(s, 16, now);
            Jdbc.setOptionalString(s, 17, unstorable.map(ProcessingError::code));
            Jdbc.setOptionalString(s, 18, unstorable.map(ProcessingError::reason));
            s.setString(19, channel);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("No generated key for the new submission");
                }
                return keys.getLong(1);
            }
        }
    }

    private Submission relocate(Connection c, Submission existing, MailboxLocation location, Instant now) throws SQLException {
        if (existing.location().equals(Optional.of(location))) {
            return existing;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE submission SET mailbox_account = ?, mailbox_folder = ?, "
                + "mailbox_uid_validity = ?, mailbox_uid = ?, updated_at = ? WHERE id = ?")) {
            s.setString(1, location.account());
            s.setString(2, location.folder());
            s.setLong(3, location.uidValidity());
            s.setLong(4, location.uid());
            Jdbc.setInstant(s, 5, now);
            s.setLong(6, existing.id().value());
            s.executeUpdate();
        }
        return selectOne(c, "id = ?", existing.id().value()).orElseThrow();
    }

    @Override
    public Optional<Submission> find(SubmissionId id) {
        return jdbc.withConnection(c -> selectOne(c, "id = ?", id.value()));
    }

    @Override
    public Optional<Submission> lock(SubmissionId id) {
        return jdbc.withConnection(c -> selectOne(c, "id = ? FOR UPDATE", id.value()));
    }

    @Override
    public Optional<Submission> findByKey(IdempotencyKey key) {
        return jdbc.withConnection(c -> selectOne(c, "channel = ? AND message_id_digest = ? AND content_sha256 = ?",
                channel, key.messageIdDigest(), key.contentHash().hex()));
    }

    @Override
    public Optional<Submission> findByLocation(MailboxLocation location) {
        return jdbc.withConnection(c -> selectOne(c, "mailbox_uid_validity = ? AND mailbox_uid = ? AND mailbox_account = ? "
                + "AND mailbox_folder = ? AND channel = ? ORDER BY id LIMIT 1", location.uidValidity(), location.uid(),
                location.account(), location.folder(), channel));
    }

    @Override
    public Optional<byte[]> rawMime(SubmissionId id) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT raw_mime FROM submission WHERE id = ?")) {
                s.setLong(1, id.value());
                try (ResultSet rs = s.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getBytes(1)) : Optional.empty();
                }
            }
        });
    }

    @Override
    public void changeState(StateChange change) {
        SubmissionState from = change.from()
                .orElseThrow(() -> new IllegalArgumentException("A state change of a stored submission has a from-state"));
        jdbc.inTransaction(() -> jdbc.withConnection(c -> {
            String sql = change.to().isWorking()
                    ? "UPDATE submission SET state = ?, attempts = 0, error_code = NULL, error_reason = NULL, "
                    + "next_attempt_at = ?, updated_at = ? WHERE id = ? AND state = ?"
                    : "UPDATE submission SET state = ?, next_attempt_at = ?, updated_at = ? WHERE id = ? AND state = ?";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setString(1, change.to().name());
                Jdbc.setInstant(s, 2, change.at());
                Jdbc.setInstant(s, 3, change.at());
                s.setLong(4, change.submissionId().value());
                s.setString(5, from.name());
                if (s.executeUpdate() != 1) {
                    throw new ConcurrentChangeException("Submission " + change.submissionId() + " is no longer " + from);
                }
            }
            insertHistory(c, change);
            return null;
        }));
    }

    @Override
    public void recordFailure(SubmissionId id, SubmissionState expected, int attempts, Instant nextAttemptAt,
                              ProcessingError error, Instant now) {
        jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE submission SET attempts = ?, next_attempt_at = ?, "
                    + "error_code = ?, error_reason = ?, updated_at = ? WHERE id = ? AND state = ?")) {
                s.setInt(1, attempts);
                Jdbc.setInstant(s, 2, nextAttemptAt);
                s.setString(3, error.code());
                s.setString(4, error.reason());
                Jdbc.setInstant(s, 5, now);
                s.setLong(6, id.value());
                s.setString(7, expected.name());
                if (s.executeUpdate() != 1) {
                    throw new ConcurrentChangeException("Submission " + id + " is no longer " + expected);
                }
            }
            return null;
        });
    }

    @Override
    public boolean claim(SubmissionId id, String token, Instant now, Instant until) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE submission SET claim_token = ?, claim_until = ? "
                    + "WHERE id = ? AND (claim_token IS NULL OR claim_until < ? OR claim_token = ?)")) {
                s.setString(1, token);
                Jdbc.setInstant(s, 2, until);
                s.setLong(3, id.value());
                Jdbc.setInstant(s, 4, now);
                s.setString(5, token);
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean claim(SubmissionId id, SubmissionState expected, String token, Instant now, Instant until) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE submission SET claim_token = ?, claim_until = ? "
                    + "WHERE id = ? AND state = ? AND (claim_token IS NULL OR claim_until < ? OR claim_token = ?)")) {
                s.setString(1, token);
                Jdbc.setInstant(s, 2, until);
                s.setLong(3, id.value());
                s.setString(4, expected.name());
                Jdbc.setInstant(s, 5, now);
                s.setString(6, token);
                return s.executeUpdate() == 1;
            }
        });
    }

    @Override
    public void releaseClaim(SubmissionId id, String token) {
        jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE submission SET claim_token = NULL, claim_until = NULL WHERE id = ? AND claim_token = ?")) {
                s.setLong(1, id.value());
                s.setString(2, token);
                s.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void recordReleasedFromInbox(SubmissionId id, Instant at) {
        jdbc.inTransaction(() -> jdbc.withConnection(c -> {
            Optional<Submission> current = selectOne(c, "id = ? FOR UPDATE", id.value());
            if (current.isEmpty() || current.get().releasedFromInboxAt().isPresent()) {
                return null;
            }
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE submission SET released_from_inbox_at = ?, updated_at = ? WHERE id = ?")) {
                Jdbc.setInstant(s, 1, at);
                Jdbc.setInstant(s, 2, at);
                s.setLong(3, id.value());
                s.executeUpdate();
            }
            SubmissionState state = current.get().state();
            insertHistory(c, new StateChange(id, Optional.of(state), state, ReasonCodes.RELEASED_FROM_INBOX, at));
            return null;
        }));
    }

    @Override
    public List<Submission> findDue(Set<SubmissionState> states, Instant now, int limit) {
        if (states.isEmpty()) {
            return List.of();
        }
        String placeholders = states.stream().map(s -> "?").collect(Collectors.joining(","));
        List<Object> params = new ArrayList<>();
        params.add(channel);
        states.forEach(s -> params.add(s.name()));
        params.add(now);
        params.add(limit);
        return jdbc.withConnection(c -> selectMany(c, "channel = ? AND state IN (" + placeholders + ") AND next_attempt_at <= ? "
                + "ORDER BY next_attempt_at, id LIMIT ?", params.toArray()));
    }

    @Override
    public List<Submission> findByState(SubmissionState state, int limit) {
        return jdbc.withConnection(c -> selectMany(c, "state = ? ORDER BY updated_at DESC, id DESC LIMIT ?", state.name(), limit));
    }

    @Override
    public List<Submission> search(SubmissionSearch search) {
        List<Object> params = new ArrayList<>();
        String where = where(search, params) + " ORDER BY updated_at DESC, id DESC LIMIT ? OFFSET ?";
        params.add(search.limit());
        params.add(search.offset());
        return jdbc.withConnection(c -> selectMany(c, where, params.toArray()));
    }

    @Override
    public long count(SubmissionSearch search) {
        List<Object> params = new ArrayList<>();
        String where = where(search, params);
        return jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM submission WHERE " + where)) {
                for (int i = 0; i < params.size(); i++) {
                    s.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private static String where(SubmissionSearch search, List<Object> params) {
        StringBuilder where = new StringBuilder("1 = 1");
        search.state().ifPresent(state -> {
            where.append(" AND state = ?");
            params.add(state.name());
        });
        search.number().ifPresent(number -> {
            where.append(" AND id IN (SELECT submission_id FROM submission_intake"
                    + " WHERE submission_year = ? AND submission_sequence = ?)");
            params.add(number.year());
            params.add(number.sequence());
        });
        return where.toString();
    }

    @Override
    public List<Submission> findAwaitingRelease(int limit) {
        return jdbc.withConnection(c -> selectMany(c, "channel = ? AND released_from_inbox_at IS NULL "
                + "AND state IN ('DELIVERED', 'REFUSED', 'QUARANTINED', 'DISCARDED') ORDER BY id LIMIT ?", channel, limit));
    }

    @Override
    public List<StateChange> history(SubmissionId id) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT from_state, to_state, reason_code, occurred_at "
                    + "FROM submission_state_change WHERE submission_id = ? ORDER BY id")) {
                s.setLong(1, id.value());
                List<StateChange> result = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        result.add(new StateChange(id,
                                Jdbc.optionalString(rs, "from_state").map(SubmissionState::valueOf),
                                SubmissionState.valueOf(rs.getString("to_state")),
                                rs.getString("reason_code"),
                                Jdbc.instant(rs, "occurred_at")));
                    }
                }
                return result;
            }
        });
    }

    private static void insertHistory(Connection c, StateChange change) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO submission_state_change "
                + "(submission_id, from_state, to_state, reason_code, occurred_at) VALUES (?,?,?,?,?)")) {
            s.setLong(1, change.submissionId().value());
            Jdbc.setOptionalString(s, 2, change.from().map(Enum::name));
            s.setString(3, change.to().name());
            s.setString(4, change.reasonCode());
            Jdbc.setInstant(s, 5, change.at());
            s.executeUpdate();
        }
    }

    private static Optional<Submission> selectOne(Connection c, String where, Object... params) throws SQLException {
        List<Submission> found = selectMany(c, where, params);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    private static List<Submission> selectMany(Connection c, String where, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM submission WHERE " + where)) {
            for (int i = 0; i < params.length; i++) {
                if (params[i] instanceof Instant instant) {
                    Jdbc.setInstant(s, i + 1, instant);
                } else {
                    s.setObject(i + 1, params[i]);
                }
            }
            List<Submission> result = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    result.add(map(rs));
                }
            }
            return result;
        }
    }

    private static Submission map(ResultSet rs) throws SQLException {
        Optional<MailboxLocation> location = Optional.empty();
        long uid = rs.getLong("mailbox_uid");
        if (!rs.wasNull()) {
            location = Optional.of(new MailboxLocation(rs.getString("mailbox_account"), rs.getString("mailbox_folder"),
                    rs.getLong("mailbox_uid_validity"), uid));
        }
        Optional<ProcessingError> error = Jdbc.optionalString(rs, "error_code")
                .map(code -> new ProcessingError(code, Objects.requireNonNullElse(safeString(rs, "error_reason"), "")));
        return Submission.builder()
                .id(new SubmissionId(rs.getLong("id")))
                .key(new IdempotencyKey(rs.getString("message_id"), rs.getBoolean("message_id_synthetic"),
                        new ContentHash(rs.getString("content_sha256"))))
                .sender(Jdbc.optionalString(rs, "sender").filter(MailAddress::isValid).map(MailAddress::of))
                .receivedAt(Jdbc.instant(rs, "received_at"))
                .size(rs.getLong("size_bytes"))
                .state(SubmissionState.valueOf(rs.getString("state")))
                .attempts(rs.getInt("attempts"))
                .nextAttemptAt(Jdbc.instant(rs, "next_attempt_at"))
                .lastError(error)
                .location(location)
                .releasedFromInboxAt(Jdbc.optionalInstant(rs, "released_from_inbox_at"))
                .createdAt(Jdbc.instant(rs, "created_at"))
                .updatedAt(Jdbc.instant(rs, "updated_at"))
                .build();
    }

    private static String safeString(ResultSet rs, String column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new DataAccessException("Cannot read " + column, e);
        }
    }
}
