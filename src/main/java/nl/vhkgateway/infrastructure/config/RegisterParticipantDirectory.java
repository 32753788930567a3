package nl.vhkgateway.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import nl.vhkgateway.application.consent.ParticipantDirectory;
import nl.vhkgateway.application.participant.ParticipantRegistry;
import nl.vhkgateway.domain.consent.OrganisationRef;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.participant.Organisation;

import java.util.Optional;

/**
 * The consent register's view of the participant register (CDI bean): the organisation of an active vaste
 * deelnemer, and an active organisation by id. Inactive participants and organisations are unknown here, so they
 * can neither record consent nor be named as sender or receiver. Thread-safe (stateless over the registry).
 */
@ApplicationScoped
public class RegisterParticipantDirectory implements ParticipantDirectory {

    private ParticipantRegistry registry;

    /** For CDI. */
    protected RegisterParticipantDirectory() {
    }

    @Inject
    public RegisterParticipantDirectory(ParticipantRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Optional<OrganisationRef> organisationOfParticipant(String mailAddress) {
        return MailAddress.parse(mailAddress)
                .flatMap(registry::activeParticipant)
                .map(participant -> ref(participant.organisation()));
    }

    @Override
    public Optional<OrganisationRef> organisation(long organisationId) {
        return registry.organisations().stream()
                .filter(organisation -> organisation.id().value() == organisationId)
                .filter(Organisation::active)
                .findFirst()
                .map(RegisterParticipantDirectory::ref);
    }

    private static OrganisationRef ref(Organisation organisation) {
        return new OrganisationRef(organisation.id().value(), organisation.type());
    }
}
