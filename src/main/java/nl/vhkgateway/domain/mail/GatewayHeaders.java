package nl.vhkgateway.domain.mail;

/**
 * The gateway's own header fields on the mail it sends: machine-readable facts (codes and numbers, never text from a
 * mail or a card) that a receiving tool, the demo sender or a test can read from the headers alone, without
 * downloading the message. The Dutch text in the body says the same for people.
 */
public final class GatewayHeaders {

    /** The technical id of the submission the message is about (every intake message). */
    public static final String SUBMISSION = "X-VHK-Submission";
    /** What the gateway decided about the sender's mail, on the answer to the sender: {@value #ACCEPTED} or {@value #REFUSED}. */
    public static final String OUTCOME = "X-VHK-Uitkomst";
    public static final String ACCEPTED = "geaccepteerd";
    public static final String REFUSED = "geweigerd";
    /** The submission number (VHT-2026-0042) of an accepted card: on the receipt and on the mails that carry the card. */
    public static final String NUMBER = "X-VHK-Inbrengnummer";
    /**
     * Why a mail was refused: the reason codes, separated by ", " (finding categories such as PERSON_NAME,
     * MISSING_SECTIONS, or sender checks such as DKIM_FAILED); on the refusal to the sender.
     */
    public static final String REASONS = "X-VHK-Redenen";
    /** Where an accepted card was sent, as roles ("voorzitter", "voorzitter, rvdk"); on the receipt. */
    public static final String SENT_TO = "X-VHK-Doorgestuurd-Naar";

    private GatewayHeaders() {
    }
}
