package nl.vhkgateway.bootstrap;

import nl.vhkgateway.infrastructure.config.LoginProtectionSettings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import java.time.Clock;
import java.util.logging.Logger;

import nl.vhkgateway.application.security.LoginAudit;
import nl.vhkgateway.application.security.LoginThrottle;
import nl.vhkgateway.domain.audit.AuditLog;
import org.eclipse.microprofile.config.Config;

/**
 * CDI wiring of the login protection: one {@link LoginThrottle} for every login of the gateway (inject it; do not
 * produce another, or failures counted by one login path would not slow down the other) and its {@link LoginAudit}.
 */
@ApplicationScoped
public class LoginProtectionProducer {

    private static final Logger LOG = Logger.getLogger(LoginProtectionProducer.class.getName());

    @Inject
    Config config;

    @Inject
    AuditLog auditLog;

    private LoginThrottle throttle;
    private LoginAudit audit;

    /** The one throttle (dependent scope, but always the same instance: the class is final, so not proxyable). */
    @Produces
    @Dependent
    synchronized LoginThrottle loginThrottle() {
        if (throttle == null) {
            LoginProtectionSettings.Policies policies = LoginProtectionSettings.read(
                    key -> config.getOptionalValue(key, String.class));
            LOG.info(() -> "Login protection: per account " + policies.account() + ", per client address "
                    + policies.address());
            throttle = new LoginThrottle(policies.account(), policies.address(), Clock.systemUTC());
        }
        return throttle;
    }

    @Produces
    @Dependent
    synchronized LoginAudit loginAudit() {
        if (audit == null) {
            audit = new LoginAudit(auditLog, Clock.systemUTC());
        }
        return audit;
    }
}
