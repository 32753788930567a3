package nl.vhkgateway.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;

import java.util.Optional;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.Config;

import nl.vhkgateway.application.participant.ParticipantRegistry;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.infrastructure.config.GatewayConfig;
import nl.vhkgateway.infrastructure.security.BeheerderCredentialCheck;

/**
 * Checks a console login: the beheerder and the vaste deelnemers through the same identity stores as the REST API
 * (Jakarta Security's {@link IdentityStoreHandler}), the voorzitter against {@link ConsoleSettings}. A deelnemer's
 * organisation comes from the participant register. Reads and validates the console settings at start-up, so a bad
 * value stops the deployment. Thread-safe.
 */
@ApplicationScoped
public class ConsoleAccounts {

    private static final Logger LOG = Logger.getLogger(ConsoleAccounts.class.getName());

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    ParticipantRegistry registry;

    @Inject
    Config config;

    @Inject
    GatewayConfig gatewayConfig;

    private volatile ConsoleSettings settings;
    private volatile Optional<BeheerderCredentialCheck> voorzitter = Optional.empty();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        settings();
    }

    /** The console settings (read on first use, validated). */
    public ConsoleSettings settings() {
        ConsoleSettings current = settings;
        if (current == null) {
            synchronized (this) {
                if (settings == null) {
                    ConsoleSettings read = ConsoleSettings.read(key -> config.getOptionalValue(key, String.class),
                            gatewayConfig.demo());
                    voorzitter = read.voorzitter().map(BeheerderCredentialCheck::new);
                    settings = read;
                    LOG.info(() -> "Web console: voorzitter login " + (read.voorzitter().isPresent() ? "on" : "off")
                            + ", pre-check without login " + (read.anonymousPrecheck() ? "on" : "off"));
                }
                current = settings;
            }
        }
        return current;
    }

    /**
     * The voorzitter's login (REST API role {@code voorzitter}): VALID, INVALID (the voorzitter's name with a wrong
     * password) or UNKNOWN_USER (another name, or no voorzitter login configured).
     */
    public BeheerderCredentialCheck.Outcome checkVoorzitter(String login, char[] password) {
        settings();
        if (voorzitter.isEmpty() || login.strip().isEmpty()) {
            return BeheerderCredentialCheck.Outcome.UNKNOWN_USER;
        }
        return voorzitter.get().check(login.strip(), password);
    }

    /** The user behind a name and password, or empty when they do not match an active account. */
    public Optional<ConsoleUser> authenticate(String login, char[] password) {
        settings();
        String name = login.strip();
        if (name.isEmpty() || password.length == 0) {
            return Optional.empty();
        }
        if (voorzitter.isPresent()) {
            switch (voorzitter.get().check(name, password)) {
                case VALID:
                    return Optional.of(ConsoleUser.staff(name, ConsoleRole.VOORZITTER));
                case INVALID:
                    return Optional.empty();
                default:
                    break;
            }
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(name, new Password(password)));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return Optional.empty();
        }
        String caller = result.getCallerPrincipal().getName();
        if (result.getCallerGroups().contains(ConsoleRole.BEHEERDER.code())) {
            return Optional.of(ConsoleUser.staff(caller, ConsoleRole.BEHEERDER));
        }
        if (result.getCallerGroups().contains(ConsoleRole.DEELNEMER.code())) {
            return MailAddress.parse(caller).flatMap(registry::activeParticipant)
                    .map(ConsoleAccounts::deelnemer);
        }
        return Optional.empty();
    }

    private static ConsoleUser deelnemer(Participant participant) {
        return new ConsoleUser(participant.mailAddress().normalised(), ConsoleRole.DEELNEMER,
                participant.organisation().id().value(), participant.organisation().name());
    }
}
