package nl.vhkgateway.application.intake.routing;

/**
 * Reason codes of the screening intake, recorded with its state changes (see
 * {@link nl.vhkgateway.domain.submission.ReasonCodes} for the shape). Screening results name the SCREENED step;
 * the others name the decision that follows.
 */
public final class RoutingReasons {

    /** Screening step: the mail and its one card are clean and complete. */
    public static final String SCREENING_ACCEPT = "SCREENING_ACCEPT";
    /** Screening step: personal data found or the card is incomplete. */
    public static final String SCREENING_REJECT = "SCREENING_REJECT";
    /** Screening step: no card, several cards, not a .docx, unreadable. */
    public static final String SCREENING_INVALID = "SCREENING_INVALID";
    /** Screening step: the screener failed or timed out. */
    public static final String SCREENING_ERROR = "SCREENING_ERROR";

    /** Accepted: to the voorzitter, receipt to the sender. */
    public static final String CARD_ACCEPTED = "CARD_ACCEPTED";
    /** Accepted by the RvdK route: to the RvdK mailbox and the voorzitter, receipt to the sender. */
    public static final String CARD_ACCEPTED_RVDK = "CARD_ACCEPTED_RVDK";
    /** Refused after screening: refusal to the sender. */
    public static final String CARD_REFUSED = "CARD_REFUSED";
    /** Refused by the sender checks (inactive, signature, authentication): refusal to the sender. */
    public static final String SENDER_REFUSED = "SENDER_REFUSED";
    /** Quarantined: not from a registered vaste deelnemer; the beheerder is told, the sender gets nothing. */
    public static final String UNKNOWN_SENDER = "UNKNOWN_SENDER";
    /** Quarantined: an auto-reply, bounce or other machine-made message; nobody is told (no mail loops). */
    public static final String AUTOMATED_MESSAGE = "AUTOMATED_MESSAGE";
    /**
     * Quarantined: a delivery status notification (bounce) about a message the gateway sent, tied to that outbox
     * message and recorded; for a failed delivery the beheerder is told.
     */
    public static final String DELIVERY_REPORT = "DELIVERY_REPORT";
    /** Quarantined: the card could not be screened; the beheerder is told. */
    public static final String SCREENING_FAILED = "SCREENING_FAILED";

    /** The beheerder released a quarantined submission: it is decided again. */
    public static final String QUARANTINE_RELEASED = "QUARANTINE_RELEASED";
    /** The beheerder deleted a quarantined submission. */
    public static final String QUARANTINE_DELETED = "QUARANTINE_DELETED";
    /** A quarantined submission stayed longer than the retention period and was discarded. */
    public static final String QUARANTINE_EXPIRED = "QUARANTINE_EXPIRED";

    /** Missing or empty required sections (in the intake record's reasons). */
    public static final String MISSING_SECTIONS = "MISSING_SECTIONS";

    private RoutingReasons() {
    }
}
