package nl.vhkgateway.application.sender;

import jakarta.mail.internet.MimeMessage;

/**
 * Reads the top-level S/MIME structure of a message (infrastructure.crypto has the Bouncy Castle implementation).
 * Never throws on hostile input: what cannot be parsed is {@link SignatureForm#MALFORMED}. Thread-safe.
 */
public interface SignedMailReader {

    SignedMail read(MimeMessage message);
}
