package nl.vhkgateway.application.consent;

import nl.vhkgateway.domain.consent.OrganisationRef;

import java.util.Optional;

/**
 * What the consent register needs to know from the participant register: to which organisation an active vaste
 * deelnemer belongs, and which organisations exist. The participant register implements it (as a CDI bean);
 * until one is deployed the consent API answers 503. Implementations are thread-safe.
 */
public interface ParticipantDirectory {

    /**
     * The organisation of the active vaste deelnemer with this mail address (case-insensitive); empty for unknown
     * or inactive participants.
     */
    Optional<OrganisationRef> organisationOfParticipant(String mailAddress);

    /** The registered, active organisation with this id. */
    Optional<OrganisationRef> organisation(long organisationId);
}
