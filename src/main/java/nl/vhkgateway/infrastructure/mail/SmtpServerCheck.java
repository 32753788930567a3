package nl.vhkgateway.infrastructure.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;

import java.util.Objects;

import nl.vhkgateway.application.health.DependencyCheck;
import nl.vhkgateway.infrastructure.config.MailServer;
import nl.vhkgateway.infrastructure.config.Secret;

/**
 * Health check of the SMTP server: connects (TLS and login as configured) and sends NOOP. Sends no mail. The
 * server's timeout settings bound the check. Thread-safe.
 */
public final class SmtpServerCheck implements DependencyCheck {

    private final MailServer server;

    public SmtpServerCheck(MailServer server) {
        this.server = Objects.requireNonNull(server, "server");
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public void check() throws MessagingException {
        Session session = Session.getInstance(server.sessionProperties("smtp"));
        try (Transport transport = session.getTransport("smtp")) {
            if (server.user().isPresent()) {
                transport.connect(server.host(), server.port(), server.user().get(),
                        server.password().map(Secret::reveal).orElse(""));
            } else {
                transport.connect();
            }
            // Angus' SMTPTransport.isConnected() sends NOOP and checks the answer.
            if (!transport.isConnected()) {
                throw new MessagingException("SMTP server did not answer NOOP");
            }
        }
    }
}
