package nl.vhkgateway.application.sender;

import jakarta.mail.internet.MimeMessage;

import java.util.List;

/**
 * Verifies the DKIM signatures of a message itself (the gateway as verifier; in production with DNS look-ups of the
 * signers' public keys). Implementations are thread-safe.
 */
public interface DkimVerification {

    /**
     * @return the signing domains ({@code d=}, lower case) of every signature that verifies; empty when none does
     *         (no signature, a broken one, or a key that cannot be found)
     */
    List<String> verifiedDomains(MimeMessage message);
}
