package nl.vhkgateway.infrastructure.crypto;

/** S/MIME processing failed. The message never contains message content. */
public class SmimeException extends RuntimeException {

    public SmimeException(String message, Throwable cause) {
        super(message, cause);
    }
}
