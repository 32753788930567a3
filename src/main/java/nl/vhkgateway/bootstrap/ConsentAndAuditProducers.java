package nl.vhkgateway.bootstrap;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import nl.vhkgateway.application.consent.ConsentService;
import nl.vhkgateway.application.consent.ParticipantDirectory;
import nl.vhkgateway.application.handover.HandoverAuthorisation;
import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.domain.consent.ConsentPolicy;
import nl.vhkgateway.domain.consent.ConsentRepository;
import nl.vhkgateway.domain.handover.PermittedHandoverSpecification;
import nl.vhkgateway.application.intake.routing.IntakeAudit;
import nl.vhkgateway.domain.submission.SubmissionSearch;
import nl.vhkgateway.infrastructure.persistence.JdbcAuditLog;
import nl.vhkgateway.infrastructure.persistence.JdbcSubmissionRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcConsentRepository;
import nl.vhkgateway.interfaces.rest.audit.AuditApi;
import nl.vhkgateway.interfaces.rest.consent.ConsentApi;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import nl.vhkgateway.application.consent.ConsentRegistrationRules;
import nl.vhkgateway.application.screening.DetectorNoteScreening;
import nl.vhkgateway.domain.screening.detector.DetectorCatalog;
import nl.vhkgateway.infrastructure.config.ConsentRulesSettings;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * CDI wiring of the consent register, the handover authorisation and the shared audit log. Produces one
 * {@link AuditLog} for the whole application (inject it; do not produce another) and a
 * {@link HandoverAuthorisation} for the handover flow. Reads the consent policy once at start-up and fails the
 * deployment on an invalid value:
 * <ul>
 *   <li>{@code vhk.consent.policy.representative-roles} (default {@code OUDER_MET_GEZAG,VOOGD}): at least one of
 *       these must have consented;</li>
 *   <li>{@code vhk.consent.policy.youth-consent-from} (default {@code 16+}; or {@code 12-15}, {@code none}): from
 *       this age group the youth's own consent is required as well.</li>
 * </ul>
 * Uses the application's injectable {@link DataSource} (non-transactional pool: the JDBC classes run their own
 * local transactions). The participant register provides the
 * {@link ParticipantDirectory} bean; without it the consent API answers 503.
 */
@ApplicationScoped
public class ConsentAndAuditProducers {

    private static final Logger LOG = Logger.getLogger(ConsentAndAuditProducers.class.getName());

    @Inject
    DataSource dataSource;

    @Inject
    @ConfigProperty(name = "vhk.consent.policy.representative-roles", defaultValue = "OUDER_MET_GEZAG,VOOGD")
    String representativeRoles;

    @Inject
    @ConfigProperty(name = "vhk.consent.policy.youth-consent-from", defaultValue = "16+")
    String youthConsentFrom;

    @Inject
    @ConfigProperty(name = "vhk.consent.case-pattern")
    Optional<String> casePattern;

    @Inject
    @ConfigProperty(name = "vhk.consent.earliest-date", defaultValue = "2020-01-01")
    String earliestDate;

    @Inject
    @ConfigProperty(name = "vhk.consent.max-validity-months", defaultValue = "24")
    int maxValidityMonths;

    @Inject
    Instance<ParticipantDirectory> participantDirectories;

    @Inject
    Repositories repositories;

    private final Clock clock = Clock.systemUTC();
    private final PermittedHandoverSpecification directions = new PermittedHandoverSpecification();
    private ConsentPolicy policy;
    private ConsentRegistrationRules rules;
    private AuditLog auditLog;
    private ConsentRepository consents;

    @PostConstruct
    void init() {
        policy = ConsentPolicy.parse(representativeRoles, youthConsentFrom);
        rules = ConsentRulesSettings.read(casePattern, earliestDate, maxValidityMonths,
                new DetectorNoteScreening(DetectorCatalog.defaults(), clock));
        auditLog = new JdbcAuditLog(dataSource, clock);
        consents = new JdbcConsentRepository(dataSource);
        LOG.info(() -> "Consent policy: " + policy);
    }

    /** Instantiates this bean at start-up, so that an invalid policy stops the deployment. */
    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        LOG.fine(() -> "Consent register ready with " + policy);
    }

    @Produces
    @ApplicationScoped
    AuditLog auditLog() {
        return auditLog;
    }

    @Produces
    @ApplicationScoped
    ConsentRepository consentRepository() {
        return consents;
    }

    @Produces
    ConsentPolicy consentPolicy() {
        return policy;
    }

    @Produces
    HandoverAuthorisation handoverAuthorisation() {
        return new HandoverAuthorisation(consents, policy, directions, auditLog);
    }

    @Produces
    ConsentApi consentApi() {
        ParticipantDirectory directory = participantDirectories.isResolvable()
                ? participantDirectories.get()
                : new UnavailableParticipantDirectory();
        return new ConsentApi(new ConsentService(consents, directory, directions, policy, auditLog, clock, rules),
                directions, clock);
    }

    @Produces
    AuditApi auditApi() {
        JdbcSubmissionRepository submissions = repositories.submissions(JdbcSubmissionRepository.INTAKE_CHANNEL);
        return new AuditApi(auditLog, number -> submissions.search(SubmissionSearch.all(1, 0).withNumber(number))
                .stream().findFirst().map(submission -> IntakeAudit.subject(submission.id())));
    }
}
