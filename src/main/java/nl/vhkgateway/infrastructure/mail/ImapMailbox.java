package nl.vhkgateway.infrastructure.mail;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import nl.vhkgateway.application.mailflow.WatchedMailbox;
import nl.vhkgateway.application.mailflow.MailboxSession;
import nl.vhkgateway.application.mailflow.MailboxUnavailableException;
import org.eclipse.angus.mail.imap.IMAPFolder;

import java.util.Objects;
import java.util.Properties;

/**
 * The intake mailbox over IMAP (Angus Mail): opens {@link ImapMailboxSession}s with the INBOX selected read-write.
 * Thread-safe (each session has its own connection).
 */
public final class ImapMailbox implements WatchedMailbox {

    private final MailAccount account;
    private final ImapOptions options;

    public ImapMailbox(MailAccount account, ImapOptions options) {
        this.account = Objects.requireNonNull(account, "account");
        this.options = Objects.requireNonNull(options, "options");
        if (!account.authenticates()) {
            throw new IllegalArgumentException("The intake mailbox needs a user name and password");
        }
    }

    @Override
    public MailboxSession open() {
        String protocol = account.server().security() == MailSecurity.TLS ? "imaps" : "imap";
        Properties properties = MailProperties.forAccount(protocol, account);
        properties.setProperty("mail.store.protocol", protocol);
        properties.setProperty("mail." + protocol + ".peek", "true");
        Session session = Session.getInstance(properties);
        Store store = null;
        try {
            store = session.getStore(protocol);
            store.connect(account.server().host(), account.server().port(), account.user(), account.password());
            IMAPFolder inbox = (IMAPFolder) store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            return new ImapMailboxSession(session, store, inbox, account.user(), options);
        } catch (MessagingException | RuntimeException e) {
            closeQuietly(store);
            throw new MailboxUnavailableException("Cannot open the INBOX of " + account.describe() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return "IMAP " + account.describe();
    }

    private static void closeQuietly(Store store) {
        if (store != null) {
            try {
                store.close();
            } catch (MessagingException ignored) {
                // already failing
            }
        }
    }
}
