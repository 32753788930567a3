package nl.vhkgateway.application.mailflow;

/**
 * The points in the processing of one message at which a crash leaves a distinct durable state. The pipeline
 * reports each to its {@link ProcessingObserver}; crash tests stop the process there and prove that a restart
 * still delivers every message exactly once (see docs/intake-pipeline.md).
 */
public enum ProcessingPoint {
    /** The message was read from the INBOX; nothing stored yet. */
    AFTER_FETCH,
    /** The submission (RECEIVED) is committed. */
    AFTER_STORE,
    /**
     * The routing decision and its outbox messages are committed; the policy's follow-up (the screening intake's audit
     * of the decision) has not run yet: it is caught up later ({@link RoutingPolicy#catchUp}).
     */
    AFTER_DECISION_COMMITTED,
    /** The routing decision and its outbox messages are committed, and the policy's follow-up ran. */
    AFTER_ROUTE,
    /** An outbox message is claimed (SENDING committed); SMTP not yet contacted. */
    BEFORE_SEND,
    /**
     * The SMTP server accepted the message; SENT is not yet committed. The one window a crash cannot be made
     * exactly-once in: the message is sent again (same Message-ID) after restart. See ADR 0001.
     */
    AFTER_SEND,
    /** The outbox message is SENT (committed). */
    AFTER_SENT_RECORDED,
    /** The submission is DELIVERED (committed). */
    AFTER_DELIVERY_RECORDED,
    /** About to move the original out of the INBOX. */
    BEFORE_MOVE,
    /** The original was moved; its release is not yet recorded. */
    AFTER_MOVE
}
