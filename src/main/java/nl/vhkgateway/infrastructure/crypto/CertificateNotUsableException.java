package nl.vhkgateway.infrastructure.crypto;

/**
 * A partner certificate cannot be used to encrypt for it (expired, not RSA, too short a key, wrong key usage).
 * The handover must then not be delivered encrypted to a key nobody should use; the beheerder has to register a
 * valid certificate.
 */
public class CertificateNotUsableException extends RuntimeException {

    public CertificateNotUsableException(String message, Throwable cause) {
        super(message, cause);
    }
}
