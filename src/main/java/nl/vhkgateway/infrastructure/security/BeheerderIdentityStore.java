package nl.vhkgateway.infrastructure.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;

import java.util.Set;
import java.util.logging.Logger;

import nl.vhkgateway.infrastructure.config.GatewayConfig;
import nl.vhkgateway.application.security.Roles;

/**
 * Identity store for the one beheerder account from the configuration: grants the role {@value Roles#BEHEERDER}.
 *
 * <p>Jakarta Security consults every {@link IdentityStore} bean in order of {@link #priority()}; a user name that is
 * not the beheerder's gives {@link CredentialValidationResult#NOT_VALIDATED_RESULT}, so that another store (the
 * participants of the register, role {@value Roles#DEELNEMER}) can validate it. Thread-safe.
 */
@ApplicationScoped
public class BeheerderIdentityStore implements IdentityStore {

    private static final Logger LOG = Logger.getLogger(BeheerderIdentityStore.class.getName());

    @Inject
    GatewayConfig config;

    private BeheerderCredentialCheck check;

    @PostConstruct
    void init() {
        check = new BeheerderCredentialCheck(config.beheerder());
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return switch (check.check(login.getCaller(), login.getPassword().getValue())) {
            case VALID -> new CredentialValidationResult(login.getCaller(), Set.of(Roles.BEHEERDER));
            case INVALID -> {
                LOG.warning("Failed beheerder login (wrong password)");
                yield CredentialValidationResult.INVALID_RESULT;
            }
            case UNKNOWN_USER -> CredentialValidationResult.NOT_VALIDATED_RESULT;
        };
    }

    @Override
    public int priority() {
        return 10;
    }
}
