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

    /** One worker per CPU, at least two (a worker waits for SMTP and the database part of the time). */
    public static int defaultWorkers() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
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
