package nl.vhkgateway.infrastructure.mail;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import nl.vhkgateway.application.mailflow.MailSendException;
import nl.vhkgateway.application.mailflow.MailSender;
import nl.vhkgateway.domain.mail.MailAddress;
import org.eclipse.angus.mail.smtp.SMTPMessage;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Objects;
import java.util.Properties;

/**
 * Sends finished messages over SMTP (Angus Mail), one connection per message. The bytes are parsed only to hand
 * them to the transport and are written out unchanged (the Message-ID is kept: {@code Transport.sendMessage} does
 * not call {@code saveChanges}). A 5xx reply is reported as permanent. Thread-safe.
 */
public final class SmtpMailSender implements MailSender {

    private final MailAccount account;
    private final String protocol;

    public SmtpMailSender(MailAccount account) {
        this.account = Objects.requireNonNull(account, "account");
        this.protocol = account.server().security() == MailSecurity.TLS ? "smtps" : "smtp";
    }

    @Override
    public void send(MailAddress envelopeFrom, List<MailAddress> recipients, byte[] rawMime) throws MailSendException {
        if (recipients.isEmpty()) {
            throw new MailSendException("No recipients", null, true);
        }
        Session session = newSession();
        try {
            SMTPMessage message = new SMTPMessage(session, new ByteArrayInputStream(rawMime));
            message.setEnvelopeFrom(envelopeFrom.value());
            Address[] to = new Address[recipients.size()];
            for (int i = 0; i < to.length; i++) {
                to[i] = new InternetAddress(recipients.get(i).value());
            }
            try (Transport transport = session.getTransport(protocol)) {
                connect(transport);
                transport.sendMessage(message, to);
            }
        } catch (SMTPSendFailedException e) {
            throw new MailSendException("SMTP server refused the message: " + e.getMessage(), e, e.getReturnCode() >= 500);
        } catch (SendFailedException e) {
            throw new MailSendException("SMTP server refused a recipient: " + e.getMessage(), e, true);
        } catch (MessagingException e) {
            throw new MailSendException("Sending failed: " + e.getMessage(), e, false);
        }
    }

    /** Connects and logs in without sending; throws when the server cannot be used (for health checks). */
    public void verifyConnection() throws MailSendException {
        try (Transport transport = newSession().getTransport(protocol)) {
            connect(transport);
        } catch (MessagingException e) {
            throw new MailSendException("SMTP server not usable: " + e.getMessage(), e, false);
        }
    }

    private void connect(Transport transport) throws MessagingException {
        MailServerSettings server = account.server();
        if (account.authenticates()) {
            transport.connect(server.host(), server.port(), account.user(), account.password());
        } else {
            transport.connect(server.host(), server.port(), null, null);
        }
    }

    private Session newSession() {
        Properties properties = MailProperties.forAccount(protocol, account);
        properties.setProperty("mail." + protocol + ".auth", Boolean.toString(account.authenticates()));
        return Session.getInstance(properties);
    }

    @Override
    public String describe() {
        return "SMTP " + account.describe();
    }
}
