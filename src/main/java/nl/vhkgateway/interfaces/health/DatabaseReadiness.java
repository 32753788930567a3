package nl.vhkgateway.interfaces.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.Readiness;

import nl.vhkgateway.bootstrap.HealthChecks;

/** {@code /health/ready}: database (a query on a pooled connection). */
@Readiness
@ApplicationScoped
public class DatabaseReadiness extends DependencyReadiness {

    @Inject
    HealthChecks checks;

    public DatabaseReadiness() {
        super("database");
    }

    @Override
    protected HealthChecks checks() {
        return checks;
    }
}
