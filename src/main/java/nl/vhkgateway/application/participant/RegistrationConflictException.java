package nl.vhkgateway.application.participant;

/** The input clashes with an existing registration, e.g. a mail address already in use (REST: 409). Dutch message. */
public class RegistrationConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public RegistrationConflictException(String field, String dutchMessage, Throwable cause) {
        super(dutchMessage, cause);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
