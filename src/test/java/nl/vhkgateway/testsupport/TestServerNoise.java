package nl.vhkgateway.testsupport;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * Keeps the noise of the test mail server out of the build log: a test that cuts connections on purpose (a proxy
 * that drops the IMAP connection) makes GreenMail's connection threads ({@code imap:...}, {@code smtp:...}) end with
 * an uncaught exception, which the JVM prints as a stack trace on stderr. {@link #routeMailServerThreadsToFile()}
 * writes those to {@code target/test-server-noise.log} instead; uncaught exceptions of every other thread are
 * printed as before.
 */
public final class TestServerNoise {

    public static final Path FILE = Path.of("target", "test-server-noise.log");
    private static boolean installed;

    private TestServerNoise() {
    }

    public static synchronized void routeMailServerThreadsToFile() {
        if (installed) {
            return;
        }
        installed = true;
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            String name = thread.getName();
            if (name.startsWith("imap:") || name.startsWith("smtp:") || name.startsWith("pop3:")) {
                append(thread, failure);
            } else if (previous != null) {
                previous.uncaughtException(thread, failure);
            } else {
                System.err.print("Exception in thread \"" + name + "\" ");
                failure.printStackTrace(System.err);
            }
        });
    }

    private static synchronized void append(Thread thread, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        try {
            Files.createDirectories(FILE.toAbsolutePath().getParent());
            Files.writeString(FILE, Instant.now() + " uncaught in " + thread.getName() + ": " + trace,
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("test mail server noise (" + thread.getName() + "): " + failure);
        }
    }
}
