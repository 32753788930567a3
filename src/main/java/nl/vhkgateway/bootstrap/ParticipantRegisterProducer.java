package nl.vhkgateway.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import nl.vhkgateway.application.participant.ParticipantRegistry;
import nl.vhkgateway.application.participant.RegisterSeeder;
import nl.vhkgateway.application.security.PasswordHasher;
import nl.vhkgateway.domain.participant.OrganisationRepository;
import nl.vhkgateway.domain.participant.ParticipantRepository;
import nl.vhkgateway.domain.submission.SubmissionNumberAllocator;
import nl.vhkgateway.infrastructure.crypto.Pbkdf2PasswordHasher;
import nl.vhkgateway.infrastructure.persistence.JdbcSubmissionNumberAllocator;

/**
 * CDI wiring of the participant register: the JDBC repositories (from the one {@link Repositories}), the submission number allocator, the password hasher, the
 * {@link ParticipantRegistry} and the {@link RegisterSeeder}. Each is produced once ({@code @Singleton}: they are
 * immutable and thread-safe, and final classes need no proxy).
 */
@ApplicationScoped
public class ParticipantRegisterProducer {

    private final Clock clock = Clock.systemUTC();

    @Inject
    Repositories repositories;

    @Produces
    @Singleton
    public OrganisationRepository organisationRepository() {
        return repositories.organisations();
    }

    @Produces
    @Singleton
    public ParticipantRepository participantRepository() {
        return repositories.participants();
    }

    /** Also injectable as {@link SubmissionNumberAllocator}. */
    @Produces
    @Singleton
    public JdbcSubmissionNumberAllocator submissionNumberAllocator() {
        return repositories.submissionNumbers();
    }

    @Produces
    @Singleton
    public PasswordHasher passwordHasher() {
        return new Pbkdf2PasswordHasher();
    }

    @Produces
    @Singleton
    public ParticipantRegistry participantRegistry(OrganisationRepository organisations,
                                                   ParticipantRepository participants, PasswordHasher hasher) {
        return new ParticipantRegistry(organisations, participants, hasher, clock);
    }

    @Produces
    @Singleton
    public RegisterSeeder registerSeeder(ParticipantRegistry registry, ParticipantRepository participants,
                                         PasswordHasher hasher) {
        return new RegisterSeeder(registry, participants, hasher);
    }
}
