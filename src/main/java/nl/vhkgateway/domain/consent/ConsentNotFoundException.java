package nl.vhkgateway.domain.consent;

/** No consent with this number exists. */
public class ConsentNotFoundException extends RuntimeException {

    private final transient ConsentId id;

    public ConsentNotFoundException(ConsentId id) {
        super("consent " + id + " does not exist");
        this.id = id;
    }

    public ConsentId id() {
        return id;
    }
}
