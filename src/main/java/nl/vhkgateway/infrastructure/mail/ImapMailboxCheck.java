package nl.vhkgateway.infrastructure.mail;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.util.Objects;
import java.util.Properties;

import nl.vhkgateway.application.health.DependencyCheck;

/**
 * Health check of a mailbox: logs in over IMAP (TLS as configured) and opens the INBOX read-only (EXAMINE, so no flag
 * changes). The account's timeouts bound the check. Thread-safe.
 */
public final class ImapMailboxCheck implements DependencyCheck {

    private final String name;
    private final MailAccount account;

    /**
     * @param name    the name in the health report, e.g. {@code intakeMailbox}
     * @param account IMAP server and login of the mailbox
     */
    public ImapMailboxCheck(String name, MailAccount account) {
        this.name = Objects.requireNonNull(name, "name");
        this.account = Objects.requireNonNull(account, "account");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void check() throws MessagingException {
        String protocol = account.server().security() == MailSecurity.TLS ? "imaps" : "imap";
        Properties properties = MailProperties.forAccount(protocol, account);
        try (Store store = Session.getInstance(properties).getStore(protocol)) {
            store.connect(account.server().host(), account.server().port(), account.user(), account.password());
            try (Folder inbox = store.getFolder("INBOX")) {
                inbox.open(Folder.READ_ONLY);
            }
        }
    }
}
