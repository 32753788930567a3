package nl.vhkgateway.infrastructure.config;

import java.time.Duration;
import java.util.Objects;

/**
 * How the intake mailbox is watched and how failures are retried. Immutable and thread-safe.
 *
 * @param pollInterval    how often the INBOX is checked when the server has no IDLE (and the longest wait in IDLE)
 * @param useIdle         whether to use IMAP IDLE when the server offers it
 * @param processedFolder the IMAP folder a message moves to once it is safely stored and delivered
 * @param maxAttempts     how often a failing message is tried before it goes to the error state
 * @param retryDelay      the first pause before a failed delivery is tried again (later pauses grow)
 */
public record IntakeConfig(Duration pollInterval, boolean useIdle, String processedFolder, int maxAttempts,
                             Duration retryDelay) {

    public IntakeConfig {
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(processedFolder, "processedFolder");
        Objects.requireNonNull(retryDelay, "retryDelay");
    }
}
