package nl.vhkgateway.domain.participant;

/** Identity of a registered {@link Organisation} (the database key). */
public record OrganisationId(long value) {

    public OrganisationId {
        if (value <= 0) {
            throw new IllegalArgumentException("an organisation id is positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
