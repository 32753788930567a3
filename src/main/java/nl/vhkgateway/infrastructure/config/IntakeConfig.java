package nl.vhkgateway.infrastructure.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How the intake mailbox is watched and how failures are retried, as configured. Immutable and thread-safe.
 *
 * @param pollInterval     how often the INBOX is checked when the server has no IDLE
 * @param useIdle          whether to use IMAP IDLE when the server offers it
 * @param processedFolder  the IMAP folder a message moves to once it is safely stored and delivered
 * @param maxAttempts      how often a failing step is tried before the submission goes to the error state
 * @param retryDelay       the pause after the first failed attempt (doubles per further attempt)
 * @param maxRetryDelay    the longest pause between attempts
 * @param dispatchInterval how often pending and retried deliveries are sent
 * @param maxMessageBytes  the largest message that is stored (larger ones are recorded in ERROR without content)
 * @param workers          threads that screen, route and send submissions at the same time
 */
public record IntakeConfig(Duration pollInterval, boolean useIdle, String processedFolder, int maxAttempts,
                           Duration retryDelay, Duration maxRetryDelay, Duration dispatchInterval,
                           int maxMessageBytes, int workers) {

    /**
     * Four workers per CPU, at least 8 and at most 16. A worker spends most of a card waiting, not computing: for the
     * database (about eight commits, each a log flush), the SMTP server and the screening pool; with one worker per
     * CPU the two cores of the benchmark machine stayed half idle (issue 13: 8 workers carried 46 to 54 warm cards/s
     * against 26 to 29 with 2). At most 16 so that the workers never wait for the database pool (20 connections).
     */
    public static int defaultWorkers() {
        return Math.min(16, Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
    }

    public IntakeConfig {
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(processedFolder, "processedFolder");
        Objects.requireNonNull(retryDelay, "retryDelay");
        Objects.requireNonNull(maxRetryDelay, "maxRetryDelay");
        Objects.requireNonNull(dispatchInterval, "dispatchInterval");
        if (workers < 1 || workers > 64) {
            throw new IllegalArgumentException("workers must be between 1 and 64");
        }
    }
}
