package nl.vhkgateway.application.participant;

/** The organisation or participant asked for does not exist (REST: 404). The message is Dutch. */
public class RegistrationNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RegistrationNotFoundException(String dutchMessage) {
        super(dutchMessage);
    }

    static RegistrationNotFoundException organisation(long id) {
        return new RegistrationNotFoundException("Er is geen organisatie met nummer " + id + ".");
    }

    static RegistrationNotFoundException participant(long id) {
        return new RegistrationNotFoundException("Er is geen vaste deelnemer met nummer " + id + ".");
    }
}
