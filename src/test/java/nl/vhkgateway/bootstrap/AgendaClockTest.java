package nl.vhkgateway.bootstrap;

import nl.vhkgateway.infrastructure.config.InvalidConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AgendaClockTest {

    private static final Instant NOW = Instant.parse("2026-12-05T07:00:00Z");
    private static final Clock SYSTEM = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void withoutAFileItIsTheSystemClock() {
        assertSame(SYSTEM, AgendaClock.of(Optional.empty(), false, SYSTEM));
        assertSame(SYSTEM, AgendaClock.of(Optional.of(" "), false, SYSTEM));
    }

    @Test
    void aMovedClockIsRefusedOutsideDemoMode(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("clock"), "2030-01-11T10:59:00Z");
        assertThrows(InvalidConfigurationException.class, () -> AgendaClock.of(Optional.of(file.toString()), false,
                SYSTEM));
    }

    @Test
    void theClockShowsTheFilesInstantAtItsModificationTimeAndRunsOnFromThere(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("clock"), "2030-01-11T10:59:00Z");
        Files.setLastModifiedTime(file, FileTime.from(NOW.minus(Duration.ofSeconds(30))));
        Clock clock = AgendaClock.of(Optional.of(file.toString()), true, SYSTEM);
        assertEquals(Instant.parse("2030-01-11T10:59:30Z"), clock.instant());
        Files.writeString(file, "2031-02-03T04:05:06Z");
        Files.setLastModifiedTime(file, FileTime.from(NOW));
        assertEquals(Instant.parse("2031-02-03T04:05:06Z"), clock.instant(), "rewriting the file moves the clock");
    }

    @Test
    void aFileWithoutAnInstantStopsTheStartUp(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("clock"), "friday");
        assertThrows(InvalidConfigurationException.class, () -> AgendaClock.of(Optional.of(file.toString()), true,
                SYSTEM));
    }
}
