package nl.vhkgateway.application.mailflow;

/** The intake mailbox (port): opens sessions on it. Implementations are thread-safe. */
public interface WatchedMailbox {

    /** Connects, logs in and selects the INBOX. Throws {@link MailboxUnavailableException} when that fails. */
    MailboxSession open();

    /** Short description for logs and health (host, port, account; never the password). */
    String describe();
}
