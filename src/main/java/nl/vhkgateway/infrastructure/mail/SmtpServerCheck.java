package nl.vhkgateway.infrastructure.mail;

import java.util.Objects;

import nl.vhkgateway.application.health.DependencyCheck;
import nl.vhkgateway.application.mailflow.MailSendException;

/**
 * Health check of the SMTP server: connects, negotiates TLS and logs in as configured, sends no mail. The account's
 * timeouts bound the check. Thread-safe.
 */
public final class SmtpServerCheck implements DependencyCheck {

    private final SmtpMailSender sender;

    public SmtpServerCheck(MailAccount account) {
        this.sender = new SmtpMailSender(Objects.requireNonNull(account, "account"));
    }

    @Override
    public String name() {
        return "smtp";
    }

    @Override
    public void check() throws MailSendException {
        sender.verifyConnection();
    }
}
