package nl.vhkgateway.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;

import nl.vhkgateway.bootstrap.HealthChecks;

/** {@code /health/ready}: the SMTP server (connect and login). */
@Readiness
@ApplicationScoped
public class SmtpReadiness extends DependencyReadiness {

    @Inject
    HealthChecks checks;

    public SmtpReadiness() {
        super("smtp");
    }

    @Override
    protected HealthChecks checks() {
        return checks;
    }
}
