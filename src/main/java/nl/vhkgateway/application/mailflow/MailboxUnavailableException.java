package nl.vhkgateway.application.mailflow;

/** The mailbox could not be reached, logged into or read (connection lost, refused, timed out). */
public class MailboxUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MailboxUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
