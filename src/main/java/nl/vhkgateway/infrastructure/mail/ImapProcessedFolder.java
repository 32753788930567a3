package nl.vhkgateway.infrastructure.mail;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.ComparisonTerm;
import jakarta.mail.search.MessageIDTerm;
import jakarta.mail.search.ReceivedDateTerm;
import nl.vhkgateway.application.mailflow.MailboxUnavailableException;
import nl.vhkgateway.application.intake.retention.ProcessedMailbox;

import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;

/**
 * {@link ProcessedMailbox} over IMAP: searches the processed folder (BEFORE a date; HEADER Message-ID), flags what it
 * finds \Deleted and expunges it. Never touches the INBOX. Thread-safe (a connection per call).
 */
public final class ImapProcessedFolder implements ProcessedMailbox {

    private final MailAccount account;
    private final String folder;

    public ImapProcessedFolder(MailAccount account, String folder) {
        this.account = Objects.requireNonNull(account, "account");
        this.folder = Objects.requireNonNull(folder, "folder");
        if (folder.isBlank() || folder.equalsIgnoreCase("INBOX")) {
            throw new IllegalArgumentException("The processed folder must be a folder other than INBOX");
        }
    }

    @Override
    public int removeReceivedBefore(Instant cutoff) {
        return inFolder(open -> remove(open, open.search(new ReceivedDateTerm(ComparisonTerm.LT, Date.from(cutoff)))));
    }

    @Override
    public int removeByMessageId(Collection<String> messageIds) {
        if (messageIds.isEmpty()) {
            return 0;
        }
        return inFolder(open -> {
            int removed = 0;
            for (String messageId : messageIds) {
                removed += remove(open, open.search(new MessageIDTerm(messageId)));
            }
            return removed;
        });
    }

    private static int remove(Folder open, Message[] found) throws MessagingException {
        if (found.length > 0) {
            open.setFlags(found, new Flags(Flags.Flag.DELETED), true);
        }
        return found.length;
    }

    @FunctionalInterface
    private interface FolderWork {
        int apply(Folder open) throws MessagingException;
    }

    private int inFolder(FolderWork work) {
        String protocol = account.server().security() == MailSecurity.TLS ? "imaps" : "imap";
        Properties properties = MailProperties.forAccount(protocol, account);
        try (Store store = Session.getInstance(properties).getStore(protocol)) {
            store.connect(account.server().host(), account.server().port(), account.user(), account.password());
            Folder processed = store.getFolder(folder);
            if (!processed.exists()) {
                return 0;
            }
            processed.open(Folder.READ_WRITE);
            int removed;
            try {
                removed = work.apply(processed);
            } finally {
                processed.close(true);
            }
            return removed;
        } catch (MessagingException e) {
            throw new MailboxUnavailableException("Retention in " + folder + " of " + account.describe() + " failed: "
                    + e.getMessage(), e);
        }
    }
}
