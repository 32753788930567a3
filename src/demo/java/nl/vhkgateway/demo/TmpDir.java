package nl.vhkgateway.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The build runs tests with {@code -Djava.io.tmpdir=target/tmp}, a directory Maven does not create. Test classes
 * that use {@code @TempDir} or libraries writing temporary files call {@link #ensureExists()} from a static
 * initialiser. Thread-safe.
 */
public final class TmpDir {

    private TmpDir() {
    }

    /** Creates the directory named by {@code java.io.tmpdir} when it is missing and returns it. */
    public static Path ensureExists() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        try {
            return Files.createDirectories(tmp);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create java.io.tmpdir " + tmp, e);
        }
    }
}
