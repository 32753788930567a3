package nl.vhkgateway.domain.participant;

/**
 * A certificate could not be accepted. The message is Dutch, meant for the beheerder, and never holds the uploaded
 * text itself.
 */
public class InvalidCertificateException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidCertificateException(String dutchMessage) {
        super(dutchMessage);
    }

    public InvalidCertificateException(String dutchMessage, Throwable cause) {
        super(dutchMessage, cause);
    }
}
