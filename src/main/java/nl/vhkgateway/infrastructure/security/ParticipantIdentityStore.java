package nl.vhkgateway.infrastructure.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;
import java.util.logging.Logger;
import nl.vhkgateway.application.participant.ParticipantRegistry;
import nl.vhkgateway.domain.mail.MailAddress;

/**
 * Identity store for the vaste deelnemers of the register (HTTP Basic): the user name is the participant's mail
 * address (any case), the password is checked against the PBKDF2 hash in constant time
 * ({@link ParticipantRegistry#authenticate}). Only active participants of active organisations with an API password
 * pass; they get the group {@value #GROUP} and their lower-case mail address as caller name.
 * <p>
 * Coexists with the beheerder's store: a user name that is not a mail address gives
 * {@link CredentialValidationResult#NOT_VALIDATED_RESULT} so other stores decide. It validates <em>and</em> provides
 * groups (the default validation types): Jakarta Security's default handler uses the groups of a validating store's
 * result only when that store also provides groups (a VALIDATE-only store leaves its caller without roles, HTTP 403),
 * and asks {@code getCallerGroups} only of stores that provide groups alone, so this store never adds groups to
 * another store's caller. Thread-safe.
 */
@ApplicationScoped
public class ParticipantIdentityStore implements IdentityStore {

    /** The group (and role) of an authenticated participant. */
    public static final String GROUP = "deelnemer";
    /** After the beheerder's store (priority 10). */
    static final int PRIORITY = 20;
    private static final Logger LOG = Logger.getLogger(ParticipantIdentityStore.class.getName());

    @Inject
    ParticipantRegistry registry;

    public ParticipantIdentityStore() {
    }

    public ParticipantIdentityStore(ParticipantRegistry registry) {
        this.registry = registry;
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login) || login.getCaller() == null) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (MailAddress.parse(login.getCaller()).isEmpty()) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return registry.authenticate(login.getCaller(), login.getPassword().getValue())
                .map(participant -> new CredentialValidationResult(participant.mailAddress().normalised(), Set.of(GROUP)))
                .orElseGet(() -> {
                    LOG.info("failed participant login");
                    return CredentialValidationResult.INVALID_RESULT;
                });
    }

    @Override
    public int priority() {
        return PRIORITY;
    }
}
