package nl.vhkgateway.interfaces.health;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import nl.vhkgateway.application.health.HealthStatus;
import nl.vhkgateway.bootstrap.HealthChecks;

/**
 * One dependency of the gateway as a MicroProfile Health check: UP or DOWN by the gateway's own health checks
 * ({@link HealthChecks}: run in parallel with a timeout, cached for {@code vhk.health.cache-seconds}). No data
 * beyond the status: the reason of a failure is in the server log, not on a public endpoint.
 */
abstract class DependencyReadiness implements HealthCheck {

    private final String component;

    protected DependencyReadiness(String component) {
        this.component = component;
    }

    protected abstract HealthChecks checks();

    @Override
    public HealthCheckResponse call() {
        HealthStatus status = checks().report().components().getOrDefault(component, HealthStatus.DOWN);
        return HealthCheckResponse.named(component).status(status == HealthStatus.UP).build();
    }
}
