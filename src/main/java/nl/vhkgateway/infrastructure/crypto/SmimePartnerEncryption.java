package nl.vhkgateway.infrastructure.crypto;

import jakarta.mail.internet.MimeBodyPart;
import nl.vhkgateway.application.handover.PartnerEncryption;

import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * {@link PartnerEncryption} with Bouncy Castle S/MIME ({@link SmimeEncryptor}, algorithms as configured by
 * {@code vhk.smime.content-encryption} and {@code vhk.smime.key-transport}). Thread-safe.
 */
public final class SmimePartnerEncryption implements PartnerEncryption {

    private final SmimeEncryptor encryptor;

    public SmimePartnerEncryption(SmimeEncryptor encryptor) {
        this.encryptor = Objects.requireNonNull(encryptor, "encryptor");
    }

    @Override
    public MimeBodyPart encrypt(MimeBodyPart content, X509Certificate partner) {
        try {
            return encryptor.encrypt(content, partner);
        } catch (CertificateNotUsableException e) {
            throw new PartnerCertificateUnusableException(e.getMessage(), e);
        }
    }
}
