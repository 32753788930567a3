package nl.vhkgateway.application.handover;

import jakarta.mail.internet.MimeBodyPart;

import java.security.cert.X509Certificate;

/**
 * Encrypts the body of a handover for the receiving partner's certificate (S/MIME; the adapter is
 * {@code infrastructure.crypto.SmimePartnerEncryption}). Implementations are thread-safe.
 */
@FunctionalInterface
public interface PartnerEncryption {

    /**
     * @return an {@code application/pkcs7-mime} part that only the holder of the certificate's key can open
     * @throws PartnerCertificateUnusableException when the certificate is expired, too weak or not for e-mail
     */
    MimeBodyPart encrypt(MimeBodyPart content, X509Certificate partner);

    /** Thrown when the partner's certificate cannot be used to encrypt for it now. Message holds no card data. */
    class PartnerCertificateUnusableException extends RuntimeException {
        public PartnerCertificateUnusableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
