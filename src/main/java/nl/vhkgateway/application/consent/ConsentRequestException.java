package nl.vhkgateway.application.consent;

/** The request to the consent register is incomplete or wrong; the message is Dutch, for the caller (HTTP 400). */
public class ConsentRequestException extends RuntimeException {

    public ConsentRequestException(String dutchMessage) {
        super(dutchMessage);
    }
}
