package nl.vhkgateway.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ConfigFileSourceTest {

    @Test
    void readsTheFileAsUtf8WithAnOrdinalBetweenDefaultsAndEnvironment() throws IOException {
        Path file = Files.createTempFile(Files.createDirectories(Path.of("target", "tmp")), "config", ".properties");
        Files.writeString(file, "vhk.imap.host=imap.example.nl\nvhk.mailbox.beheer=beheer@ë.example\n",
                StandardCharsets.UTF_8);

        ConfigFileSource source = new ConfigFileSource(Optional.of(file));

        assertEquals("imap.example.nl", source.getValue("vhk.imap.host"));
        assertEquals("beheer@ë.example", source.getValue("vhk.mailbox.beheer"));
        assertTrue(source.problem().isEmpty());
        assertTrue(source.getOrdinal() > 100 && source.getOrdinal() < 300, "below environment variables (300)");
    }

    @Test
    void aMissingFileIsAProblemNotACrash() {
        ConfigFileSource source = new ConfigFileSource(Optional.of(Path.of("target", "does-not-exist.properties")));

        assertTrue(source.getPropertyNames().isEmpty());
        assertTrue(source.problem().orElseThrow().contains("does-not-exist.properties"));
    }

    @Test
    void withoutAFileTheSourceIsEmpty() {
        ConfigFileSource source = new ConfigFileSource(Optional.empty());
        assertTrue(source.getProperties().isEmpty());
        assertTrue(source.problem().isEmpty());
    }

    @Test
    void theShippedConfigurationFilesAreValid() {
        for (String file : new String[] {"config/demo.properties", "config/production.example.properties"}) {
            ConfigFileSource source = new ConfigFileSource(Optional.of(Path.of(file)));
            assertTrue(source.problem().isEmpty(), file);
            java.util.List<String> probes = java.util.Arrays.stream(
                    Optional.ofNullable(source.getValue(ConfigKey.DELIVERY_PROBE_MAILBOXES.key())).orElse("").split(","))
                    .map(String::strip).filter(n -> !n.isEmpty()).toList();
            for (String key : source.getPropertyNames()) {
                // the per-mailbox keys of the delivery probe (vhk.delivery-probe.<name>.<field>) for the names it lists
                boolean probeKey = probes.stream().anyMatch(n -> key.matches(
                        "vhk\\.delivery-probe\\." + java.util.regex.Pattern.quote(n)
                                + "\\.(address|user|password|host|port|security|folders)"));
                assertTrue(probeKey || java.util.Arrays.stream(ConfigKey.values()).anyMatch(k -> k.key().equals(key)),
                        file + " has the unknown key " + key);
            }
        }
        // the demo configuration is complete (the database is given by the launcher, but has demo defaults too)
        ConfigFileSource demo = new ConfigFileSource(Optional.of(Path.of("config/demo.properties")));
        GatewayConfig config = GatewayConfigReader.read(key -> Optional.ofNullable(demo.getValue(key)));
        assertTrue(config.demo());
    }
}
