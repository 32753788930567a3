package nl.vhkgateway.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;

import nl.vhkgateway.bootstrap.HealthChecks;

/** {@code /health/ready}: the intake mailbox (IMAP login and INBOX). */
@Readiness
@ApplicationScoped
public class IntakeMailboxReadiness extends DependencyReadiness {

    @Inject
    HealthChecks checks;

    public IntakeMailboxReadiness() {
        super("intakeMailbox");
    }

    @Override
    protected HealthChecks checks() {
        return checks;
    }
}
