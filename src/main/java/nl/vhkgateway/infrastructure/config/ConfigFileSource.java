package nl.vhkgateway.infrastructure.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * MicroProfile ConfigSource for the configuration file chosen at start-up: the system property
 * {@value #LOCATION_PROPERTY} or the environment variable {@value #LOCATION_VARIABLE} names a properties file (UTF-8)
 * such as {@code config/demo.properties}.
 *
 * <p>Its ordinal {@value #ORDINAL} is above {@code META-INF/microprofile-config.properties} (100) and below
 * environment variables (300) and system properties (400): a value in the file is a default that the environment
 * overrides. (Payara's {@code --systemproperties} file would outrank the environment; that is why the file is read
 * here and not passed that way.)
 *
 * <p>A missing or unreadable file gives an empty source; {@link #problem()} tells the start-up validation, which
 * then refuses to start. Immutable after construction and thread-safe.
 */
public final class ConfigFileSource implements ConfigSource {

    public static final String LOCATION_PROPERTY = "vhk.config.file";
    public static final String LOCATION_VARIABLE = "VHK_CONFIG_FILE";
    public static final int ORDINAL = 250;

    private final Optional<Path> location;
    private final Map<String, String> properties;
    private final Optional<String> problem;

    /** Reads the file named by the system property or environment variable (used by the ServiceLoader). */
    public ConfigFileSource() {
        this(location());
    }

    public ConfigFileSource(Optional<Path> location) {
        this.location = location;
        Map<String, String> loaded = Map.of();
        Optional<String> loadProblem = Optional.empty();
        if (location.isPresent()) {
            try {
                loaded = load(location.get());
            } catch (IOException | IllegalArgumentException e) {
                loadProblem = Optional.of("configuration file " + location.get().toAbsolutePath()
                        + " (" + LOCATION_VARIABLE + ") cannot be read: " + e.getClass().getSimpleName());
            }
        }
        this.properties = loaded;
        this.problem = loadProblem;
    }

    /** @return the configured file location, if any */
    public static Optional<Path> location() {
        String value = System.getProperty(LOCATION_PROPERTY);
        if (value == null || value.isBlank()) {
            value = System.getenv(LOCATION_VARIABLE);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value.trim()));
    }

    /** @return why the file could not be read, when it could not */
    public Optional<String> problem() {
        return problem;
    }

    private static Map<String, String> load(Path file) throws IOException {
        Properties loaded = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            loaded.load(reader);
        }
        Map<String, String> values = new HashMap<>();
        loaded.stringPropertyNames().forEach(name -> values.put(name, loaded.getProperty(name)));
        return Collections.unmodifiableMap(values);
    }

    @Override
    public Map<String, String> getProperties() {
        return properties;
    }

    @Override
    public Set<String> getPropertyNames() {
        return properties.keySet();
    }

    @Override
    public String getValue(String propertyName) {
        return properties.get(propertyName);
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    @Override
    public String getName() {
        return "vhk-config-file:" + location.map(Path::toString).orElse("(none)");
    }
}
