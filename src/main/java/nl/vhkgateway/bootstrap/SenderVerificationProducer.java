package nl.vhkgateway.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.logging.Logger;

import nl.vhkgateway.application.sender.AuthenticationResultsPolicy;
import nl.vhkgateway.application.sender.SenderAuthentication;
import nl.vhkgateway.application.sender.SenderAuthenticationChoices;
import nl.vhkgateway.application.sender.SenderAuthenticationPolicy;
import nl.vhkgateway.infrastructure.config.SenderAuthenticationSettings;
import org.eclipse.microprofile.config.Config;
import nl.vhkgateway.application.sender.SenderVerifier;
import nl.vhkgateway.application.participant.ParticipantRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import nl.vhkgateway.infrastructure.crypto.BcSignedMailReader;
import nl.vhkgateway.infrastructure.crypto.JdkimVerification;

/**
 * CDI wiring of sender verification ({@link SenderVerifier#standard}) with the register and Bouncy Castle.
 * Configuration (MicroProfile Config, read once; an invalid value fails the first injection):
 * <ul>
 *   <li>{@code vhk.intake.authserv-id}: the authserv-id of the receiving mail server whose
 *       {@code Authentication-Results} headers are trusted; unset: the check is off (the demo);</li>
 *   <li>{@code vhk.intake.require-authentication-results} (default false): refuse mail without such a header.</li>
 * </ul>
 */
@ApplicationScoped
public class SenderVerificationProducer {

    private static final Logger LOG = Logger.getLogger(SenderVerificationProducer.class.getName());

    @Inject
    ParticipantRegistry registry;

    @Inject
    @ConfigProperty(name = "vhk.intake.authserv-id")
    Optional<String> authservId;

    @Inject
    @ConfigProperty(name = "vhk.intake.require-authentication-results", defaultValue = "false")
    boolean requireAuthenticationResults;

    @Inject
    Config config;

    @Inject
    Repositories repositories;

    @Produces
    @Singleton
    public SenderVerifier senderVerifier() {
        AuthenticationResultsPolicy policy = new AuthenticationResultsPolicy(
                authservId.map(String::strip).filter(s -> !s.isEmpty()), requireAuthenticationResults);
        SenderAuthenticationPolicy authenticationPolicy = SenderAuthenticationSettings.read(
                key -> config.getOptionalValue(key, String.class));
        LOG.info(() -> "Sender authentication: " + (authenticationPolicy.required() ? "required" : "NOT required"
                + " (demo mode: unauthenticated mail from registered addresses is taken in)")
                + ", DKIM verified by " + authenticationPolicy.dkimSource());
        SenderAuthenticationChoices choices = senderAuthenticationChoices();
        SenderAuthentication authentication = new SenderAuthentication(authenticationPolicy, policy,
                JdkimVerification.withDns(), choices::methodOf);
        return SenderVerifier.standard(registry::findByMailAddress, new BcSignedMailReader(), policy,
                authentication);
    }

    @Produces
    @Singleton
    public SenderAuthenticationChoices senderAuthenticationChoices() {
        return repositories.senderAuthenticationChoices();
    }
}
