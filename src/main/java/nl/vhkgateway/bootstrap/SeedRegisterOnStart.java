package nl.vhkgateway.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.logging.Logger;

import nl.vhkgateway.infrastructure.config.RegisterSeeding;

/**
 * Seeds the participant register (when {@code vhk.register.seed-file} is set, as in the demo) once the schema is
 * migrated and before the intake starts, so that the first mail already meets the registered vaste deelnemers.
 * A seed file that cannot be read fails the start-up. Thread-safe.
 */
@ApplicationScoped
public class SeedRegisterOnStart {

    private static final Logger LOG = Logger.getLogger(SeedRegisterOnStart.class.getName());

    @Inject
    RegisterSeeding registerSeeding;

    void seed(@Observes SchemaMigrated event) {
        registerSeeding.seedIfConfigured()
                .ifPresent(result -> LOG.info(() -> "Participant register seeded: " + result));
    }
}
