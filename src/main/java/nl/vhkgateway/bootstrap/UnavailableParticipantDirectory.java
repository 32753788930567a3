package nl.vhkgateway.bootstrap;

import jakarta.enterprise.inject.Vetoed;
import nl.vhkgateway.application.consent.ParticipantDirectory;
import nl.vhkgateway.application.consent.ParticipantDirectoryUnavailableException;
import nl.vhkgateway.domain.consent.OrganisationRef;

import java.util.Optional;

/**
 * Stands in while no participant register is deployed: every question ends in a 503. Never a CDI bean itself
 * (vetoed), so it cannot compete with the real directory. Stateless.
 */
@Vetoed
final class UnavailableParticipantDirectory implements ParticipantDirectory {

    @Override
    public Optional<OrganisationRef> organisationOfParticipant(String mailAddress) {
        throw new ParticipantDirectoryUnavailableException();
    }

    @Override
    public Optional<OrganisationRef> organisation(long organisationId) {
        throw new ParticipantDirectoryUnavailableException();
    }
}
