package nl.vhkgateway.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import nl.vhkgateway.application.participant.RegisterSeeder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Seeds the participant register at start-up when {@code vhk.register.seed-file} names a JSON file (the demo sets
 * {@code config/demo-register.json}; relative paths are taken from the working directory). Call
 * {@link #seedIfConfigured()} once, <b>after</b> the Flyway migration. A configured file that is missing or invalid
 * fails the start-up with the reason. Idempotent, see {@link RegisterSeeder}. Thread-safe.
 */
@ApplicationScoped
public class RegisterSeeding {

    private static final Logger LOG = Logger.getLogger(RegisterSeeding.class.getName());

    @Inject
    RegisterSeeder seeder;

    @Inject
    @ConfigProperty(name = "vhk.register.seed-file")
    Optional<String> seedFile;

    /** @return what was added, or empty when no seed file is configured */
    public Optional<RegisterSeeder.Result> seedIfConfigured() {
        Optional<Path> file = seedFile.map(String::strip).filter(s -> !s.isEmpty()).map(Path::of);
        if (file.isEmpty()) {
            LOG.fine("no register seed file configured");
            return Optional.empty();
        }
        if (!Files.isRegularFile(file.get())) {
            throw new IllegalStateException("vhk.register.seed-file: " + file.get().toAbsolutePath()
                    + " does not exist or is not a file");
        }
        return Optional.of(seeder.seedFromFile(file.get()));
    }
}
