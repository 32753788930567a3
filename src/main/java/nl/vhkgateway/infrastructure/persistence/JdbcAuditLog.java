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
import nl.vhkgateway.domain.audit.AuditQuery;
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
 * on the sequence number backs that up. Because it manages its own transaction it must be called outside a
 * container (JTA) transaction: from a CDI bean, or an EJB method with {@code @TransactionAttribute(NOT_SUPPORTED)}.
 * An audit row therefore survives a rollback of the caller's work. Thread-safe.
 */
public final class JdbcAuditLog implements AuditLog {

    private static final String COLUMNS =
            "seq, occurred_at, actor, action, subject, outcome, reason_codes, details, previous_hash, hash";
    private static final int FETCH_SIZE = 500;

    private final DataSource dataSource;
    private final Clock clock;

    public JdbcAuditLog(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AuditEntry append(AuditEvent event) {
        Objects.requireNonNull(event, "event");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                ChainHead head = lockHead(connection);
                AuditEntry entry = AuditChain.next(head, clock.instant(), event);
                insert(connection, entry);
                moveHead(connection, entry);
                connection.commit();
                return entry;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new PersistenceException("Appending to the audit log", e);
        }
    }

    private static ChainHead lockHead(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
             ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("audit_chain_head has no row: migration V3 not applied?");
            }
            return new ChainHead(rs.getLong(1), rs.getString(2));
        }
    }

    private static void insert(Connection connection, AuditEntry entry) throws SQLException {
        AuditEvent event = entry.event();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO audit_event (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
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
            insert.executeUpdate();
        }
    }

    private static void moveHead(Connection connection, AuditEntry entry) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1")) {
            update.setLong(1, entry.sequence());
            update.setString(2, entry.hash());
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
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
             ResultSet rs = select.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("audit_chain_head has no row: migration V3 not applied?");
            }
            return new ChainHead(rs.getLong(1), rs.getString(2));
        }
    }

    /**
     * Reads head and rows in one consistent snapshot (REPEATABLE READ, read-only transaction), so that appends
     * running meanwhile do not show up as a head mismatch.
     */
    @Override
    public ChainVerification verifyChain() {
        ChainVerifier verifier = new ChainVerifier();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                try (PreparedStatement start = connection.prepareStatement(
                        "START TRANSACTION WITH CONSISTENT SNAPSHOT")) {
                    start.execute();
                }
                ChainHead head = readHead(connection);
                try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT " + COLUMNS + " FROM audit_event ORDER BY seq")) {
                    statement.setFetchSize(FETCH_SIZE);
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            verifyRow(verifier, rs);
                        }
                    }
                }
                return verifier.finish(head);
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
        verifier.accept(entry);
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
