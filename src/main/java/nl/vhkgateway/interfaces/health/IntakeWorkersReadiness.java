package nl.vhkgateway.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;

import nl.vhkgateway.bootstrap.HealthChecks;

/** {@code /health/ready}: the intake loops (mailbox watcher, outbox dispatch) running. */
@Readiness
@ApplicationScoped
public class IntakeWorkersReadiness extends DependencyReadiness {

    @Inject
    HealthChecks checks;

    public IntakeWorkersReadiness() {
        super("intakeWorkers");
    }

    @Override
    protected HealthChecks checks() {
        return checks;
    }
}
