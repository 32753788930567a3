package nl.vhkgateway.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** Every configuration key is in the README's table and in the production example. */
class ConfigurationDocumentedTest {

    @Test
    void everyKeyIsInTheReadmeTableWithItsEnvironmentVariable() throws IOException {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        for (ConfigKey key : ConfigKey.values()) {
            String row = "| `" + key.key() + "` | `" + key.environmentVariable() + "` | "
                    + key.documentedDefault().orElse("**required**") + " | " + key.description() + " |";
            assertTrue(readme.contains(row), "README.md's configuration table lacks (or has another) row:\n" + row);
        }
    }

    @Test
    void everyKeyIsInTheProductionExample() throws IOException {
        String example = Files.readString(Path.of("config", "production.example.properties"), StandardCharsets.UTF_8);
        for (ConfigKey key : ConfigKey.values()) {
            assertTrue(example.contains(key.key()), key + " is missing in config/production.example.properties");
        }
    }
}
