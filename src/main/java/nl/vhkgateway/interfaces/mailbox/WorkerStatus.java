package nl.vhkgateway.interfaces.mailbox;

import java.time.Instant;
import java.util.Optional;

/**
 * A snapshot of a worker loop for health checks and the beheerder. Carries no message content. Immutable.
 *
 * @param running             the loop is running (started, not yet stopped)
 * @param connected           for the mailbox watcher: an IMAP session is open (always true for the dispatch loop while running)
 * @param usingIdle           for the mailbox watcher: the session waits with IMAP IDLE rather than polling
 * @param lastSuccessAt       end of the last pass that completed
 * @param lastProblem         the last failure (exception type and message, addresses masked), cleared by a success
 * @param consecutiveFailures failures since the last success
 */
public record WorkerStatus(boolean running, boolean connected, boolean usingIdle, Optional<Instant> lastSuccessAt,
                           Optional<String> lastProblem, int consecutiveFailures) {

    /** Running, and the last attempt succeeded. */
    public boolean healthy() {
        return running && connected && consecutiveFailures == 0;
    }
}
