package nl.vhkgateway.application.mailflow;

import nl.vhkgateway.domain.mail.MailAddress;

import java.util.List;

/**
 * Sends finished messages over SMTP (port). The bytes are sent as they are (the Message-ID in them is kept), with
 * the given envelope. Implementations are thread-safe.
 */
public interface MailSender {

    /**
     * Returns when the SMTP server accepted the message for all recipients; throws {@link MailSendException}
     * otherwise (nothing is known to be sent then, except when the connection broke after the final dot).
     */
    void send(MailAddress envelopeFrom, List<MailAddress> recipients, byte[] rawMime) throws MailSendException;

    /** Short description for logs and health (host, port, account; never the password). */
    String describe();
}
