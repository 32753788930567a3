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
 * Sends finished messages over SMTP (Angus Mail). Connections are reused (issue 13: no TCP, TLS and AUTH handshake
 * per message): up to eight logged-in connections are kept between sends for at most 5 s and checked (NOOP, outside the
 * pool's lock) before reuse when unused for more than a second; one the server dropped is replaced by a fresh connection for the same message. The bytes are parsed only to hand
 * them to the transport and are written out unchanged (the Message-ID is kept: {@code Transport.sendMessage} does
 * not call {@code saveChanges}). A 5xx reply is reported as permanent. Thread-safe.
 */
public final class SmtpMailSender implements MailSender {

    /** Connections kept open between sends (one per concurrent sender is enough: the intake's worker count). */
    private static final int MAX_IDLE_CONNECTIONS = 8;
    /** A connection unused for longer is closed rather than reused (servers drop idle SMTP sessions). */
    private static final long MAX_IDLE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
    /** A connection unused for longer is checked with a NOOP before reuse; one used more recently is trusted. */
    private static final long CHECK_AFTER_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(1);

    private final MailAccount account;
    private final String protocol;
    private final Session session;
    private final java.util.Deque<Pooled> idle = new java.util.ArrayDeque<>();

    public SmtpMailSender(MailAccount account) {
        this.account = Objects.requireNonNull(account, "account");
        this.protocol = account.server().security() == MailSecurity.TLS ? "smtps" : "smtp";
        this.session = newSession();
    }

    /** An open, logged-in connection and when it was last used. */
    private record Pooled(Transport transport, long lastUsed) {
    }

    @Override
    public void send(MailAddress envelopeFrom, List<MailAddress> recipients, byte[] rawMime) throws MailSendException {
        if (recipients.isEmpty()) {
            throw new MailSendException("No recipients", null, true);
        }
        try {
            SMTPMessage message = new SMTPMessage(session, new ByteArrayInputStream(rawMime));
            message.setEnvelopeFrom(envelopeFrom.value());
            Address[] to = new Address[recipients.size()];
            for (int i = 0; i < to.length; i++) {
                to[i] = new InternetAddress(recipients.get(i).value());
            }
            Transport reused = takeIdle();
            if (reused != null) {
                try {
                    reused.sendMessage(message, to);
                    giveBack(reused);
                    return;
                } catch (SendFailedException e) {
                    closeQuietly(reused);
                    throw e; // the server answered: refused, not a broken connection
                } catch (MessagingException e) {
                    // The kept connection was dropped by the server; send once more on a fresh one below. Should it
                    // have broken after the server accepted the data, this is the resend ADR 0001 accepts (same
                    // Message-ID), as a retry after backoff would be.
                    closeQuietly(reused);
                }
            }
            Transport transport = session.getTransport(protocol);
            try {
                connect(transport);
                transport.sendMessage(message, to);
            } catch (MessagingException | RuntimeException e) {
                closeQuietly(transport);
                throw e;
            }
            giveBack(transport);
        } catch (SMTPSendFailedException e) {
            throw new MailSendException("SMTP server refused the message: " + e.getMessage(), e, e.getReturnCode() >= 500);
        } catch (SendFailedException e) {
            throw new MailSendException("SMTP server refused a recipient: " + e.getMessage(), e, true);
        } catch (MessagingException e) {
            throw new MailSendException("Sending failed: " + e.getMessage(), e, false);
        }
    }

    /**
     * An idle connection that is fresh enough to reuse, or null; stale ones are closed. Taken under the lock, checked
     * outside it: the check of a connection unused for more than {@link #CHECK_AFTER_NANOS} is a NOOP round trip,
     * which must not hold up the other senders. A connection used moments ago is not checked at all: should the
     * server have dropped it anyway, {@link #send} notices and sends on a fresh one.
     */
    private Transport takeIdle() {
        while (true) {
            Pooled pooled;
            synchronized (idle) {
                pooled = idle.pollFirst();
            }
            if (pooled == null) {
                return null;
            }
            long unused = System.nanoTime() - pooled.lastUsed();
            if (unused < MAX_IDLE_NANOS && (unused < CHECK_AFTER_NANOS || pooled.transport().isConnected())) {
                return pooled.transport();
            }
            closeQuietly(pooled.transport());
        }
    }

    private void giveBack(Transport transport) {
        synchronized (idle) {
            if (idle.size() < MAX_IDLE_CONNECTIONS) {
                idle.addFirst(new Pooled(transport, System.nanoTime()));
                return;
            }
        }
        closeQuietly(transport);
    }

    private static void closeQuietly(Transport transport) {
        try {
            transport.close();
        } catch (MessagingException | RuntimeException ignored) {
            // already broken
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
