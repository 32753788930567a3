package nl.vhkgateway.infrastructure.mail;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.MessageIDTerm;
import nl.vhkgateway.application.mailflow.DeliveryProbe;
import nl.vhkgateway.domain.mail.MailAddress;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@link DeliveryProbe} over IMAP for the recipient mailboxes the gateway is allowed to read (configured explicitly,
 * per mailbox with its own login; {@code vhk.delivery-probe.mailboxes}): opens the mailbox's folders read-only and
 * searches them server-side with {@code SEARCH HEADER Message-ID <id>} ({@link MessageIDTerm}). A recipient
 * without a configured mailbox is {@link Answer#NOT_CONFIGURED}; any connection, login or server trouble is
 * {@link Answer#UNAVAILABLE}. Never changes a mailbox. Thread-safe (a connection per call).
 *
 * <p>What it sees is the mailbox, not a relay's queue: a mail accepted by the SMTP server but not yet delivered to
 * the mailbox is {@link Answer#NOT_FOUND}. With the relay on the mailbox server (the usual setup, and GreenMail)
 * delivery is immediate; the takeover that leads to a probe comes at least a leader lease after the old leader's
 * last renewal.
 */
public final class ImapDeliveryProbe implements DeliveryProbe {

    private static final Logger LOG = Logger.getLogger(ImapDeliveryProbe.class.getName());

    /**
     * A mailbox the probe may search.
     *
     * @param account its IMAP login
     * @param folders the folders searched (at least one, e.g. INBOX)
     */
    public record ProbeMailbox(MailAccount account, List<String> folders) {
        public ProbeMailbox {
            Objects.requireNonNull(account, "account");
            folders = List.copyOf(folders);
            if (folders.isEmpty() || folders.stream().anyMatch(String::isBlank)) {
                throw new IllegalArgumentException("A probe mailbox needs at least one folder name");
            }
            if (!account.authenticates()) {
                throw new IllegalArgumentException("A probe mailbox needs an IMAP login");
            }
        }
    }

    private final Map<MailAddress, ProbeMailbox> mailboxes;

    /** @param mailboxes per recipient address the mailbox to search */
    public ImapDeliveryProbe(Map<MailAddress, ProbeMailbox> mailboxes) {
        this.mailboxes = Map.copyOf(mailboxes);
    }

    /** The recipients whose mailboxes are configured. */
    public java.util.Set<MailAddress> recipients() {
        return mailboxes.keySet();
    }

    @Override
    public Answer lookFor(MailAddress recipient, String messageId) {
        ProbeMailbox mailbox = mailboxes.get(recipient);
        if (mailbox == null) {
            return Answer.NOT_CONFIGURED;
        }
        String protocol = mailbox.account().server().security() == MailSecurity.TLS ? "imaps" : "imap";
        Properties properties = MailProperties.forAccount(protocol, mailbox.account());
        try (Store store = Session.getInstance(properties).getStore(protocol)) {
            MailAccount account = mailbox.account();
            store.connect(account.server().host(), account.server().port(), account.user(), account.password());
            for (String name : mailbox.folders()) {
                if (foundIn(store.getFolder(name), messageId)) {
                    return Answer.FOUND;
                }
            }
            return Answer.NOT_FOUND;
        } catch (MessagingException | RuntimeException e) {
            LOG.warning(() -> "Delivery probe of " + mailbox.account().describe() + " unavailable: "
                    + e.getClass().getSimpleName());
            LOG.log(Level.FINE, "delivery probe", e);
            return Answer.UNAVAILABLE;
        }
    }

    private static boolean foundIn(Folder folder, String messageId) throws MessagingException {
        if (!folder.exists()) {
            return false;
        }
        folder.open(Folder.READ_ONLY);
        try {
            return folder.search(new MessageIDTerm(messageId)).length > 0;
        } finally {
            folder.close(false);
        }
    }
}
