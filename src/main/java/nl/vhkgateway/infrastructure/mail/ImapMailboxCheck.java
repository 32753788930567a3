package nl.vhkgateway.infrastructure.mail;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;

import java.util.Objects;

import nl.vhkgateway.application.health.DependencyCheck;
import nl.vhkgateway.infrastructure.config.MailServer;
import nl.vhkgateway.infrastructure.config.Secret;

/**
 * Health check of a mailbox: logs in over IMAP (TLS as configured) and opens the INBOX read-only. The server's
 * timeout settings bound the check. Thread-safe.
 */
public final class ImapMailboxCheck implements DependencyCheck {

    private final String name;
    private final MailServer server;

    /**
     * @param name   the name in the health report, e.g. {@code intakeMailbox}
     * @param server IMAP server and login of the mailbox
     */
    public ImapMailboxCheck(String name, MailServer server) {
        this.name = Objects.requireNonNull(name, "name");
        this.server = Objects.requireNonNull(server, "server");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void check() throws MessagingException {
        Session session = Session.getInstance(server.sessionProperties("imap"));
        try (Store store = session.getStore("imap")) {
            store.connect(server.host(), server.port(), server.user().orElse(""),
                    server.password().map(Secret::reveal).orElse(""));
            try (Folder inbox = store.getFolder("INBOX")) {
                inbox.open(Folder.READ_ONLY);
            }
        }
    }
}
