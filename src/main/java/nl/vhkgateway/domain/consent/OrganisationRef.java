package nl.vhkgateway.domain.consent;

import nl.vhkgateway.domain.participant.OrganisationType;

import java.util.Objects;

/**
 * A registered organisation as consent and handover rules see it: its id in the participant register and its
 * type. Immutable.
 */
public record OrganisationRef(long id, OrganisationType type) {

    public OrganisationRef {
        if (id <= 0) {
            throw new IllegalArgumentException("an organisation id is positive");
        }
        Objects.requireNonNull(type, "type");
    }
}
