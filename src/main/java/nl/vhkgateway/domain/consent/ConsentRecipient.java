package nl.vhkgateway.domain.consent;

import nl.vhkgateway.domain.participant.OrganisationType;

import java.util.Objects;
import java.util.Optional;

/**
 * Who may receive the card under a consent: one named organisation (id and its type), or any organisation of a
 * type (when the family agreed to "Veilig Thuis" rather than to one office). Immutable.
 */
public record ConsentRecipient(OrganisationType type, Optional<Long> organisationId) {

    public ConsentRecipient {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(organisationId, "organisationId");
        organisationId.ifPresent(id -> {
            if (id <= 0) {
                throw new IllegalArgumentException("an organisation id is positive");
            }
        });
    }

    public static ConsentRecipient organisation(OrganisationRef organisation) {
        return new ConsentRecipient(organisation.type(), Optional.of(organisation.id()));
    }

    public static ConsentRecipient anyOfType(OrganisationType type) {
        return new ConsentRecipient(type, Optional.empty());
    }

    /** True when the receiving organisation is the named one, or of the type when none is named. */
    public boolean covers(OrganisationRef receiver) {
        return type == receiver.type() && organisationId.map(id -> id == receiver.id()).orElse(true);
    }
}
