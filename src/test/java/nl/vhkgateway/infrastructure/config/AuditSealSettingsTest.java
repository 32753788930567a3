package nl.vhkgateway.infrastructure.config;

import nl.vhkgateway.domain.audit.AuditKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit key: required outside demo mode, a throwaway (but stable) key in the demo. */
class AuditSealSettingsTest {

    private static AuditSealSettings read(Map<String, String> values) {
        return AuditSealSettings.read(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void withoutAKeyOutsideDemoModeTheGatewayDoesNotStart() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> read(Map.of()));

        assertTrue(e.getMessage().contains("vhk.audit.key-file (env VHK_AUDIT_KEY_FILE)"), e.getMessage());
        assertTrue(e.getMessage().contains("sleutel die niet in de database staat"), e.getMessage());
        assertTrue(e.getMessage().contains("key kept outside the database"), e.getMessage());
    }

    @Test
    void readsTheKeyFile(@TempDir Path dir) throws Exception {
        byte[] bytes = new byte[32];
        bytes[0] = 7;
        Path file = Files.write(dir.resolve("audit.key"), bytes);

        AuditSealSettings settings = read(Map.of("vhk.audit.key-file", file.toString(),
                "vhk.audit.head-file", dir.resolve("head.txt").toString()));

        assertEquals(AuditKey.of(bytes), settings.key());
        assertEquals(Optional.of(dir.resolve("head.txt")), settings.headFile());
        assertFalse(settings.demoKey());
    }

    @Test
    void refusesAShortOrMissingKeyFileAndBothForms(@TempDir Path dir) throws Exception {
        Path shortFile = Files.write(dir.resolve("short.key"), new byte[16]);

        assertTrue(assertThrows(InvalidConfigurationException.class,
                () -> read(Map.of("vhk.audit.key-file", shortFile.toString()))).getMessage().contains("te kort"));
        assertTrue(assertThrows(InvalidConfigurationException.class,
                () -> read(Map.of("vhk.audit.key-file", dir.resolve("none").toString()))).getMessage()
                .contains("niet leesbaar"));
        assertThrows(InvalidConfigurationException.class, () -> read(Map.of("vhk.audit.key-file", shortFile.toString(),
                "vhk.audit.key", Base64.getEncoder().encodeToString(new byte[32]))));
        assertThrows(InvalidConfigurationException.class, () -> read(Map.of("vhk.audit.key", "kort")));
    }

    @Test
    void readsABase64KeyFromTheEnvironment() {
        byte[] bytes = new byte[40];
        bytes[3] = 9;

        assertEquals(AuditKey.of(bytes), read(Map.of("vhk.audit.key", Base64.getEncoder().encodeToString(bytes))).key());
    }

    @Test
    void theDemoMakesAThrowawayKeyOnceAndKeepsIt(@TempDir Path dir) {
        Path file = dir.resolve("demo.key");

        AuditKey first = AuditSealSettings.demoKey(file);
        AuditKey second = AuditSealSettings.demoKey(file);

        assertTrue(Files.exists(file));
        assertEquals(first, second);
        assertTrue(read(Map.of("vhk.demo", "true")).demoKey());
    }
}
