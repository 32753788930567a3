package nl.vhkgateway.infrastructure.persistence;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import nl.vhkgateway.domain.audit.AuditChain;
import nl.vhkgateway.domain.audit.AuditEntry;
import nl.vhkgateway.domain.audit.AuditEvent;
import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.domain.audit.AuditKey;
import nl.vhkgateway.domain.audit.AuditQuery;
import nl.vhkgateway.domain.audit.ChainSeal;
import nl.vhkgateway.domain.audit.PublishedHead;
import nl.vhkgateway.domain.audit.PublishedHeads;
import nl.vhkgateway.domain.audit.ChainHead;
import nl.vhkgateway.domain.audit.ChainVerification;
import nl.vhkgateway.domain.audit.ChainVerifier;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The audit log in MariaDB (tables {@code audit_event} and {@code audit_chain_head}, migration V3). Each append
 * runs in its own local transaction that first locks the single head row ({@code SELECT ... FOR UPDATE}), so
 * concurrent appends, from this JVM or another instance, are serialised and the chain never forks; the primary key
 * on the sequence number backs that up. On Galera the row lock is local to a node, but both appends write the head
 * row, so certification aborts the later one (error 1213), which is run again (bounded, logged). Because it manages its own transaction it must be called outside a
 * container (JTA) transaction: from a CDI bean, or an EJB method with {@code @TransactionAttribute(NOT_SUPPORTED)}.
 * An audit row therefore survives a rollback of the caller's work.
 *
 * <p>Sealed (migration V11): every row appended carries {@code seal}, an HMAC of its hash with the {@link AuditKey}
 * kept outside the database, and the head row carries the head seal ({@link ChainSeal}); rows written before V11
 * ({@code seq < keyed_from}) carry none. {@link #verifyChain()} checks hashes, seals and the latest
 * {@link PublishedHeads published head}, so a rewrite of the whole chain with recomputed hashes is detected.
 * Thread-safe.
 */
public final class JdbcAuditLog implements AuditLog {

    private static final String COLUMNS =
            "seq, occurred_at, actor, action, subject, outcome, reason_codes, details, previous_hash, hash";
    private static final String SEALED_COLUMNS = COLUMNS + ", seal";
    private static final int FETCH_SIZE = 500;

    private final DataSource dataSource;
    private final Clock clock;
    private final AuditKey key;
    private final PublishedHeads publishedHeads;

    /** A log sealed with {@code key}, without a published head. */
    public JdbcAuditLog(DataSource dataSource, Clock clock, AuditKey key) {
        this(dataSource, clock, key, PublishedHeads.none());
    }

    public JdbcAuditLog(DataSource dataSource, Clock clock, AuditKey key, PublishedHeads publishedHeads) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.key = Objects.requireNonNull(key, "key");
        this.publishedHeads = Objects.requireNonNull(publishedHeads, "publishedHeads");
    }

    @Override
    public AuditEntry append(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        // on Galera two instances appending through different nodes conflict on the head row: one commit wins,
        // the other is aborted (1213) and appends again on top of the winner, so the chain stays one chain
        return WriteConflicts.retry("Appending to the audit log", () -> appendOnce(event));
    }

    /**
     * The events as consecutive links in one transaction: the head is locked and moved once, the rows inserted in one
     * batch (issue 13: the intake's sender check and decision are one append instead of two).
     */
    @Override
    public List<AuditEntry> appendAll(List<AuditEvent> events) {
        List<AuditEvent> copy = List.copyOf(events);
        if (copy.isEmpty()) {
            return List.of();
        }
        return WriteConflicts.retry("Appending to the audit log", () -> appendOnce(copy));
    }

    /**
     * Counts the matching rows after the head is locked, in the append's transaction: every append of every instance
     * locks the head first, so none can come between the count and the insert (on Galera the later of two such
     * transactions on different nodes fails certification on the head row and runs again, counting anew).
     */
    @Override
    public List<AuditEntry> appendAllUnlessPresent(List<AuditEvent> events, AuditQuery query, long present) {
        List<AuditEvent> copy = List.copyOf(events);
        if (copy.isEmpty() || !matchable(query)) {
            throw new IllegalArgumentException("nothing to append, or a query that matches no row");
        }
        return WriteConflicts.retry("Appending to the audit log", () -> appendOnce(copy, Optional.of(query), present));
    }

    private AuditEntry appendOnce(AuditEvent event) {
        return appendOnce(List.of(event)).get(0);
    }

    private List<AuditEntry> appendOnce(List<AuditEvent> events) {
        return appendOnce(events, Optional.empty(), 0);
    }

    private List<AuditEntry> appendOnce(List<AuditEvent> events, Optional<AuditQuery> unless, long present) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                StoredHead head = lockHead(connection);
                if (unless.isPresent() && countLocked(connection, unless.get()) >= present) {
                    connection.setAutoCommit(true); // ends the transaction (releases the head)
                    return List.of();
                }
                ChainSeal seal = new ChainSeal(key, head.keyedFrom());
                Instant now = clock.instant();
                List<AuditEntry> entries = new ArrayList<>(events.size());
                ChainHead previous = head.head();
                for (AuditEvent event : events) {
                    AuditEntry entry = AuditChain.next(previous, now, event);
                    entries.add(entry);
                    previous = new ChainHead(entry.sequence(), entry.hash());
                }
                insert(connection, entries, seal);
                moveHead(connection, entries.get(entries.size() - 1), seal);
                connection.setAutoCommit(true); // commits (one round trip instead of COMMIT and the pool's reset)
                return entries;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new PersistenceException("Appending to the audit log", e);
        }
    }

    /** A locking read: the latest committed rows, not the transaction's snapshot. */
    private static long countLocked(Connection connection, AuditQuery query) throws SQLException {
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = where(new StringBuilder("SELECT COUNT(*) FROM audit_event"), parameters, query);
        sql.append(" LOCK IN SHARE MODE");
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static StoredHead lockHead(Connection connection) throws SQLException {
        return readStoredHead(connection, " FOR UPDATE");
    }

    /** The head row as stored: the head, the first sealed sequence number and the head seal. */
    private record StoredHead(ChainHead head, long keyedFrom, Optional<String> seal) {
    }

    private static StoredHead readStoredHead(Connection connection, String lock) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_seq, last_hash, keyed_from, head_seal FROM audit_chain_head WHERE id = 1" + lock);
             ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("audit_chain_head has no row: migration V3 not applied?");
            }
            return new StoredHead(new ChainHead(rs.getLong(1), rs.getString(2)), rs.getLong(3),
                    Optional.ofNullable(rs.getString(4)));
        }
    }

    private static void insert(Connection connection, List<AuditEntry> entries, ChainSeal seal) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_event (" + SEALED_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            if (entries.size() == 1) {
                bind(insert, entries.get(0), seal);
                insert.executeUpdate();
                return;
            }
            for (AuditEntry entry : entries) {
                bind(insert, entry, seal);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void bind(PreparedStatement insert, AuditEntry entry, ChainSeal seal) throws SQLException {
        AuditEvent event = entry.event();
        insert.setLong(1, entry.sequence());
        JdbcTime.set(insert, 2, entry.occurredAt());
        insert.setString(3, event.actor());
        insert.setString(4, event.action());
        insert.setString(5, event.subject().orElse(null));
        insert.setString(6, event.outcome());
        insert.setString(7, String.join(",", event.reasonCodes()));
        insert.setString(8, detailsJson(event.details()));
        insert.setString(9, entry.previousHash());
        insert.setString(10, entry.hash());
        insert.setString(11, seal.covers(entry.sequence()) ? seal.rowSeal(entry.hash()) : null);
    }

    private static void moveHead(Connection connection, AuditEntry entry, ChainSeal seal) throws SQLException {
        ChainHead head = new ChainHead(entry.sequence(), entry.hash());
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE audit_chain_head SET last_seq = ?, last_hash = ?, head_seal = ? WHERE id = 1")) {
            update.setLong(1, entry.sequence());
            update.setString(2, entry.hash());
            update.setString(3, seal.covers(entry.sequence()) ? seal.headSeal(head) : null);
            update.executeUpdate();
        }
    }

    @Override
    public List<AuditEntry> find(AuditQuery query, long offset) {
        List<AuditEntry> page = new ArrayList<>();
        select(query, " LIMIT " + query.limit() + " OFFSET " + Math.max(0, offset), page::add);
        return page;
    }

    @Override
    public long count(AuditQuery query) {
        if (!matchable(query)) {
            return 0;
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = where(new StringBuilder("SELECT COUNT(*) FROM audit_event"), parameters, query);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new PersistenceException("Counting the audit log", e);
        }
    }

    @Override
    public void scan(AuditQuery query, Consumer<AuditEntry> consumer) {
        select(query, "", consumer);
    }

    private static StringBuilder where(StringBuilder sql, List<Object> parameters, AuditQuery query) {
        sql.append(" WHERE seq > ?");
        parameters.add(query.afterSequence());
        condition(sql, parameters, "actor = ?", query.actor());
        condition(sql, parameters, "action = ?", query.action());
        if (query.subjectAlias().isPresent() && query.subject().isPresent()) {
            sql.append(" AND (subject = ? OR subject = ?)");
            parameters.add(query.subject().get());
            parameters.add(query.subjectAlias().get());
        } else {
            condition(sql, parameters, "subject = ?", query.subject());
        }
        condition(sql, parameters, "outcome = ?", query.outcome());
        condition(sql, parameters, "occurred_at >= ?", query.from().map(JdbcAuditLog::utc));
        condition(sql, parameters, "occurred_at < ?", query.to().map(JdbcAuditLog::utc));
        return sql;
    }

    private void select(AuditQuery query, String page, Consumer<AuditEntry> consumer) {
        if (!matchable(query)) {
            return;
        }
        List<Object> parameters = new ArrayList<>();
        StringBuilder sql = where(new StringBuilder("SELECT " + COLUMNS + " FROM audit_event"), parameters, query);
        sql.append(" ORDER BY seq").append(page);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            statement.setFetchSize(FETCH_SIZE);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    consumer.accept(read(rs));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading the audit log", e);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /**
     * The columns hold ASCII only (AuditEvent enforces it): a query with a non-ASCII value can match no row, and
     * MariaDB would refuse to compare such a parameter with an ASCII column ("illegal mix of collations").
     */
    private static boolean matchable(AuditQuery query) {
        return asciiOnly(query.actor()) && asciiOnly(query.action()) && asciiOnly(query.subject())
                && asciiOnly(query.subjectAlias()) && asciiOnly(query.outcome());
    }

    private static boolean asciiOnly(Optional<String> value) {
        return value.map(v -> v.chars().allMatch(c -> c < 128)).orElse(true);
    }

    private static void condition(StringBuilder sql, List<Object> parameters, String clause,
                                  Optional<?> value) {
        value.ifPresent(v -> {
            sql.append(" AND ").append(clause);
            parameters.add(v);
        });
    }

    @Override
    public ChainHead head() {
        try (Connection connection = dataSource.getConnection()) {
            return readHead(connection);
        } catch (SQLException e) {
            throw new PersistenceException("Reading the audit chain head", e);
        }
    }

    private static ChainHead readHead(Connection connection) throws SQLException {
        return readStoredHead(connection, "").head();
    }

    /**
     * Reads head and rows in one consistent snapshot (REPEATABLE READ, read-only transaction), so that appends
     * running meanwhile do not show up as a head mismatch.
     */
    @Override
    public ChainVerification verifyChain() {
        Optional<PublishedHead> published = publishedHeads.latest();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                try (PreparedStatement start = connection.prepareStatement(
                        "START TRANSACTION WITH CONSISTENT SNAPSHOT")) {
                    start.execute();
                }
                StoredHead head = readStoredHead(connection, "");
                ChainVerifier verifier = new ChainVerifier(Optional.of(new ChainSeal(key, head.keyedFrom())),
                        published);
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT " + SEALED_COLUMNS + " FROM audit_event ORDER BY seq")) {
                    statement.setFetchSize(FETCH_SIZE);
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            verifyRow(verifier, rs);
                        }
                    }
                }
                return verifier.finish(head.head(), head.seal());
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Verifying the audit chain", e);
        }
    }

    private static void verifyRow(ChainVerifier verifier, ResultSet rs) throws SQLException {
        AuditEntry entry;
        try {
            entry = read(rs);
        } catch (RuntimeException unreadable) {
            // A value that AuditEvent rejects (or broken JSON) can only be there by tampering.
            verifier.acceptUnreadable(rs.getLong("seq"), rs.getString("previous_hash"), rs.getString("hash"));
            return;
        }
        verifier.accept(entry, Optional.ofNullable(rs.getString("seal")));
    }

    private static AuditEntry read(ResultSet rs) throws SQLException {
        String reasons = rs.getString("reason_codes");
        AuditEvent event = new AuditEvent(
                rs.getString("actor"),
                rs.getString("action"),
                Optional.ofNullable(rs.getString("subject")),
                rs.getString("outcome"),
                reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(",")),
                parseDetails(rs.getString("details")));
        return new AuditEntry(rs.getLong("seq"), JdbcTime.get(rs, "occurred_at"), event,
                rs.getString("previous_hash"), rs.getString("hash"));
    }

    /**
     * Looked up once: {@code Json.createObjectBuilder()} searches the class path for a provider on every call, which
     * showed in the intake's CPU profile (two audit rows per card; issue 13).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static String detailsJson(Map<String, String> details) {
        JsonObjectBuilder builder = JSON.createObjectBuilder();
        details.forEach(builder::add);
        return builder.build().toString();
    }

    private static Map<String, String> parseDetails(String json) {
        Map<String, String> details = new TreeMap<>();
        try (JsonReader reader = JSON.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            object.forEach((key, value) -> details.put(key, ((JsonString) value).getString()));
        }
        return details;
    }
}
