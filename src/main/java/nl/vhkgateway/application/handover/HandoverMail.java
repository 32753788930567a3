package nl.vhkgateway.application.handover;

/**
 * The names the handover flow uses in the intake machinery: its channel (its own submissions and outbox, see
 * {@code JdbcSubmissionRepository}), the purposes of its outgoing messages, and the header that carries the
 * granted consent number on the delivery (read again by {@link HandoverOutboxGuard} right before sending).
 */
public final class HandoverMail {

    /** The pipeline channel of the handover mailbox. */
    public static final String CHANNEL = "HANDOVER";
    /** The card to the partner's receiving mailbox. */
    public static final String DELIVERY = "HANDOVER_DELIVERY";
    /** The confirmation to the sender, added once the delivery is sent. */
    public static final String CONFIRMATION = "HANDOVER_CONFIRMATION";
    /** The refusal to the sender on receipt. */
    public static final String REFUSAL = "HANDOVER_REFUSAL";
    /** The notice to the sender when the delivery was stopped right before sending. */
    public static final String NOT_DELIVERED = "HANDOVER_NOT_DELIVERED";
    /** Header on the delivery: the number of the consent that authorised it (also useful to the partner). */
    public static final String CONSENT_HEADER = "X-VHK-Toestemmingsnummer";
    /** Audit action for what happens to a handover message before (or instead of) the consent check. */
    public static final String AUDIT_RECEIPT = "HANDOVER_RECEIPT";

    private HandoverMail() {
    }
}
