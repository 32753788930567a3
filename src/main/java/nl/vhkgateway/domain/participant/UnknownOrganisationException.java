package nl.vhkgateway.domain.participant;

/** A participant was stored for an organisation that does not exist (any more). */
public class UnknownOrganisationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownOrganisationException(OrganisationId id, Throwable cause) {
        super("organisation " + id + " does not exist", cause);
    }
}
