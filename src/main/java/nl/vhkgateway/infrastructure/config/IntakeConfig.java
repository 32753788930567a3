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
 */
public record IntakeConfig(Duration pollInterval, boolean useIdle, String processedFolder, int maxAttempts,
                           Duration retryDelay, Duration maxRetryDelay, Duration dispatchInterval,
                           int maxMessageBytes) {

    public IntakeConfig {
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(processedFolder, "processedFolder");
        Objects.requireNonNull(retryDelay, "retryDelay");
        Objects.requireNonNull(maxRetryDelay, "maxRetryDelay");
        Objects.requireNonNull(dispatchInterval, "dispatchInterval");
    }
}
