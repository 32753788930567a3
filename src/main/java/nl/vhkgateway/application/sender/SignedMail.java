package nl.vhkgateway.application.sender;

import jakarta.mail.internet.MimeBodyPart;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Optional;

/**
 * The S/MIME structure of one message as read by a {@link SignedMailReader}: its form, the signed content, and a
 * way to check the signature against one expected certificate. Implementations are immutable and thread-safe.
 */
public interface SignedMail {

    /** The outcome of checking a signature against the participant's registered certificate. */
    enum Check {
        /** Signed with the expected certificate, content unchanged, certificate valid at receipt. */
        VALID,
        /** Not signed at all (or no signer in the signature). */
        NOT_SIGNED,
        /** Signed, but by no signer that is the expected certificate. */
        OTHER_SIGNER,
        /** The expected certificate's signature does not verify: content or signature altered. */
        INVALID,
        /** The expected certificate was not valid at receipt (or at the signing time it states). */
        CERTIFICATE_NOT_VALID
    }

    SignatureForm form();

    /** The signed content (the MIME entity under the signature) for DETACHED and OPAQUE, else empty. */
    Optional<MimeBodyPart> signedContent();

    /**
     * Checks the signature with the expected certificate's public key (never with a certificate the message
     * brings along).
     *
     * @param expected   the participant's registered certificate
     * @param receivedAt when the message was received: the certificate must be valid then
     */
    Check verify(X509Certificate expected, Instant receivedAt);
}
