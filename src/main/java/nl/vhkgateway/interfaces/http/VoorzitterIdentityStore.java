package nl.vhkgateway.interfaces.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import nl.vhkgateway.application.security.Roles;
import nl.vhkgateway.interfaces.web.ConsoleAccounts;

import java.util.Set;
import java.util.logging.Logger;

/**
 * Identity store for the voorzitter's login ({@code vhk.console.voorzitter.*}, the same as in the web console): grants
 * the REST role {@value Roles#VOORZITTER}, so the voorzitter plans the agenda through {@code /api/agenda}. Any other
 * name gives {@link CredentialValidationResult#NOT_VALIDATED_RESULT} for the next store (beheerder, participants).
 * Thread-safe.
 */
@ApplicationScoped
public class VoorzitterIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(VoorzitterIdentityStore.class.getName());

    @Inject
    ConsoleAccounts accounts;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return switch (accounts.checkVoorzitter(login.getCaller(), login.getPassword().getValue())) {
            case VALID -> new CredentialValidationResult(login.getCaller().strip(), Set.of(Roles.VOORZITTER));
            case INVALID -> {
                LOG.warning("Failed voorzitter login (wrong password)");
                yield CredentialValidationResult.INVALID_RESULT;
            }
            case UNKNOWN_USER -> CredentialValidationResult.NOT_VALIDATED_RESULT;
        };
    }

    @Override
    public int priority() {
        return 5;
    }
}
