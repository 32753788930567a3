package nl.vhkgateway.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import org.eclipse.microprofile.config.Config;
import nl.vhkgateway.infrastructure.config.ConfigFileSource;
import nl.vhkgateway.infrastructure.config.GatewayConfig;
import nl.vhkgateway.infrastructure.config.GatewayConfigReader;
import nl.vhkgateway.infrastructure.config.InvalidConfigurationException;

/**
 * Reads the {@link GatewayConfig} from MicroProfile Config once and makes it injectable. When the configuration is
 * invalid the first injection fails with an {@link InvalidConfigurationException} (logged as one message listing
 * every problem); the start-up bean injects it first, so the deployment fails as a whole. Thread-safe.
 */
@ApplicationScoped
public class ConfigurationProducer {

    private static final Logger LOG = Logger.getLogger(ConfigurationProducer.class.getName());

    @Inject
    Config config;

    private volatile GatewayConfig gatewayConfig;

    @Produces
    @Dependent
    public GatewayConfig gatewayConfig() {
        GatewayConfig current = gatewayConfig;
        if (current == null) {
            synchronized (this) {
                if (gatewayConfig == null) {
                    gatewayConfig = read();
                }
                current = gatewayConfig;
            }
        }
        return current;
    }

    private GatewayConfig read() {
        ConfigFileSource file = new ConfigFileSource();
        List<String> problems = new ArrayList<>();
        file.problem().ifPresent(problems::add);
        GatewayConfig read = null;
        try {
            read = GatewayConfigReader.read(key -> config.getOptionalValue(key, String.class));
        } catch (InvalidConfigurationException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            InvalidConfigurationException invalid = new InvalidConfigurationException(problems);
            LOG.severe(invalid.getMessage());
            throw invalid;
        }
        boolean demo = read.demo();
        LOG.info(() -> "Configuration read from " + file.getName() + " and the environment"
                + (demo ? " (DEMO MODE: plain mail connections allowed)" : ""));
        return read;
    }
}
