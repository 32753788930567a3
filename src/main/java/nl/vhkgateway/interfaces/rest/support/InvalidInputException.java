package nl.vhkgateway.interfaces.rest.support;

/** The caller's input cannot be read; the message is a Dutch sentence for the caller (HTTP 400). */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String dutchMessage) {
        super(dutchMessage);
    }
}
