package nl.vhkgateway.application.consent;

/** The caller may not do this (HTTP 403); the message is Dutch, for the caller. */
public class ConsentAccessDeniedException extends RuntimeException {

    public ConsentAccessDeniedException(String dutchMessage) {
        super(dutchMessage);
    }
}
