package nl.vhkgateway.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.Optional;
import nl.vhkgateway.application.sender.AuthenticationResultsPolicy;
import nl.vhkgateway.application.sender.SenderVerifier;
import nl.vhkgateway.application.participant.ParticipantRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import nl.vhkgateway.infrastructure.crypto.BcSignedMailReader;

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

    @Inject
    ParticipantRegistry registry;

    @Inject
    @ConfigProperty(name = "vhk.intake.authserv-id")
    Optional<String> authservId;

    @Inject
    @ConfigProperty(name = "vhk.intake.require-authentication-results", defaultValue = "false")
    boolean requireAuthenticationResults;

    @Produces
    @Singleton
    public SenderVerifier senderVerifier() {
        AuthenticationResultsPolicy policy = new AuthenticationResultsPolicy(
                authservId.map(String::strip).filter(s -> !s.isEmpty()), requireAuthenticationResults);
        return SenderVerifier.standard(registry::findByMailAddress, new BcSignedMailReader(), policy);
    }
}
