package nl.vhkgateway.domain.participant;

/**
 * A registration clashes with an existing one: a participant's mail address or an organisation's name is already
 * registered (the database's unique key decides, so two concurrent registrations cannot both win).
 */
public class DuplicateRegistrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Which value is taken. */
    public enum Field {
        PARTICIPANT_MAIL_ADDRESS, ORGANISATION_NAME
    }

    private final Field field;

    public DuplicateRegistrationException(Field field, Throwable cause) {
        super(field + " already registered", cause);
        this.field = field;
    }

    public Field field() {
        return field;
    }
}
