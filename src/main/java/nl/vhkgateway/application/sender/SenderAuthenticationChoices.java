package nl.vhkgateway.application.sender;

import java.util.Optional;

import nl.vhkgateway.domain.participant.OrganisationId;

/** The beheerder's choice of {@link SenderAuthenticationMethod} per organisation (port; thread-safe). */
public interface SenderAuthenticationChoices {

    /** The chosen method; empty when the beheerder has not chosen (the default then applies). */
    Optional<SenderAuthenticationMethod> methodOf(OrganisationId organisation);

    /** Records the beheerder's choice (replacing an earlier one). */
    void choose(OrganisationId organisation, SenderAuthenticationMethod method, String chosenBy);
}
