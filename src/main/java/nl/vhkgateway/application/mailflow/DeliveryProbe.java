package nl.vhkgateway.application.mailflow;

import nl.vhkgateway.domain.mail.MailAddress;

/**
 * Asks a recipient's mailbox whether a mail with a given Message-ID already reached it (port; issue 12). The
 * dispatch asks before it sends again a message that is in doubt: taken over from a claim whose SMTP outcome is
 * unknown (ADR 0001, addendum). Implementations are thread-safe and never throw: trouble is {@link Answer#UNAVAILABLE}.
 */
@FunctionalInterface
public interface DeliveryProbe {

    /** No mailbox can be asked: every message in doubt is sent again (and counted as such). */
    DeliveryProbe NONE = (recipient, messageId) -> Answer.NOT_CONFIGURED;

    /** What the recipient's mailbox says. */
    enum Answer {
        /** A mail with the Message-ID is in the mailbox. */
        FOUND,
        /** The mailbox was searched and holds no mail with the Message-ID. */
        NOT_FOUND,
        /** The gateway may not read this recipient's mailbox (none configured). */
        NOT_CONFIGURED,
        /** The mailbox could not be searched now (connection, login or server trouble). */
        UNAVAILABLE
    }

    /**
     * @param recipient the address the message was sent to
     * @param messageId the message's Message-ID header, with angle brackets as sent
     */
    Answer lookFor(MailAddress recipient, String messageId);
}
