package nl.vhkgateway.domain.participant;

import java.util.List;
import java.util.Optional;

/** Stores organisations. Implementations are thread-safe. */
public interface OrganisationRepository {

    /** Every organisation, active or not, ordered by name. */
    List<Organisation> findAll();

    Optional<Organisation> findById(OrganisationId id);

    /**
     * @throws DuplicateRegistrationException when the name is taken
     */
    Organisation add(OrganisationData data);

    /**
     * @return the updated organisation, or empty when it does not exist
     * @throws DuplicateRegistrationException when the new name is taken by another organisation
     */
    Optional<Organisation> update(OrganisationId id, OrganisationData data);
}
