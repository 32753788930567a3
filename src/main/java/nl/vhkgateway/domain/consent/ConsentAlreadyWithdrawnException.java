package nl.vhkgateway.domain.consent;

/** The consent was withdrawn before: a withdrawal happens once. */
public class ConsentAlreadyWithdrawnException extends RuntimeException {

    private final transient ConsentId id;

    public ConsentAlreadyWithdrawnException(ConsentId id) {
        super("consent " + id + " is already withdrawn");
        this.id = id;
    }

    public ConsentId id() {
        return id;
    }
}
