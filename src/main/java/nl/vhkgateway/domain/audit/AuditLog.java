package nl.vhkgateway.domain.audit;

import java.util.List;
import java.util.function.Consumer;

/**
 * The gateway's shared, append-only, hash-chained audit log: every consent check, intake decision and
 * administrative change is appended here (see {@link AuditEvent} for what may be in a row: ids, codes and
 * addresses, never card content or personal data). Rows are never updated or deleted; {@link #verifyChain()}
 * proves that nobody did so behind the gateway's back. Implementations are thread-safe and serialise appends so
 * that concurrent appends never fork the chain.
 */
public interface AuditLog {

    /** Appends the event as the next link of the chain and returns the stored row. */
    AuditEntry append(AuditEvent event);

    /**
     * Appends the events as consecutive links, in their order, and returns the stored rows. Implementations that
     * can do so append them together (the database log: in one transaction on the chain head, all or none);
     * the default appends them one by one.
     */
    default List<AuditEntry> appendAll(List<AuditEvent> events) {
        return events.stream().map(this::append).toList();
    }

    /** One page of matching rows in sequence order (at most {@code query.limit()}). */
    /**
     * Appends the events unless {@code query} already matches at least {@code present} rows; the check and the append
     * are one step, so no other append (of this object, or of another instance on the same chain) comes between them.
     * For rows that two paths may write, exactly once: the intake's decision audited by its worker after the commit,
     * or recovered after a crash (issue 13). Returns the entries appended; empty when skipped. This default is one
     * step only for appends through this object (it synchronises on it); a log shared between processes overrides it.
     */
    default List<AuditEntry> appendAllUnlessPresent(List<AuditEvent> events, AuditQuery query, long present) {
        synchronized (this) {
            if (count(query) >= present) {
                return List.of();
            }
            return appendAll(events);
        }
    }

    default List<AuditEntry> find(AuditQuery query) {
        return find(query, 0);
    }

    /** One page of matching rows in sequence order, skipping the first {@code offset} matches. */
    List<AuditEntry> find(AuditQuery query, long offset);

    /** How many rows match (ignoring {@code query.limit()}). */
    long count(AuditQuery query);

    /**
     * Streams every matching row in sequence order to the consumer, ignoring {@code query.limit()}: for exports.
     * The consumer must not call back into the log.
     */
    void scan(AuditQuery query, Consumer<AuditEntry> consumer);

    /** The newest link (genesis when empty). */
    ChainHead head();

    /** Recomputes the whole chain and reports the first altered, deleted, inserted or moved row. */
    ChainVerification verifyChain();
}
