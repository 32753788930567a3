package nl.vhkgateway.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

import nl.vhkgateway.bootstrap.IntakeRuntime;

/**
 * {@code /health/live}: the gateway's own loops still run (the mailbox watcher and the outbox dispatch thread have
 * not died). Deliberately not the database or the mail server: a restart does not bring those back, so they only
 * make the gateway not ready ({@code /health/ready}).
 */
@Liveness
@ApplicationScoped
public class WorkersLiveness implements HealthCheck {

    @Inject
    IntakeRuntime intake;

    @Override
    public HealthCheckResponse call() {
        boolean alive = intake.watcherStatus().running() && intake.dispatchStatus().running();
        return HealthCheckResponse.named("intakeWorkers").status(alive).build();
    }
}
