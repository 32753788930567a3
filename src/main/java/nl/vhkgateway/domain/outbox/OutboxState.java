package nl.vhkgateway.domain.outbox;

/**
 * Where an outgoing message is: PENDING -> SENDING (claimed, recorded before the SMTP conversation) -> SENT, or
 * back to PENDING after a failed attempt, or FAILED after the last allowed attempt, or CANCELLED when the outbox
 * guard stopped it right before sending. A SENDING message whose claim is older than the lease was interrupted
 * (crash) and is sent again with the same Message-ID.
 */
public enum OutboxState {
    PENDING,
    SENDING,
    SENT,
    FAILED,
    /** Stopped before sending by an outbox guard (e.g. consent withdrawn); final, never sent. */
    CANCELLED
}
