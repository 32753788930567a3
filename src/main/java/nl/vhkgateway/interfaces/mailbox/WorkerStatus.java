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
 * @param nextAttemptAt       while the loop waits to reconnect after a failure: when it tries again
 * @param oldestWaitingSince  for the mailbox watcher: since when the longest-waiting message of the INBOX waits to be
 *                            handled (first seen by a pass; not the ones set aside in ERROR or quarantine)
 */
public record WorkerStatus(boolean running, boolean connected, boolean usingIdle, Optional<Instant> lastSuccessAt,
                           Optional<String> lastProblem, int consecutiveFailures, Optional<Instant> nextAttemptAt,
                           Optional<Instant> oldestWaitingSince) {

    /** A status without a pending reconnect and without waiting messages. */
    public WorkerStatus(boolean running, boolean connected, boolean usingIdle, Optional<Instant> lastSuccessAt,
                        Optional<String> lastProblem, int consecutiveFailures) {
        this(running, connected, usingIdle, lastSuccessAt, lastProblem, consecutiveFailures, Optional.empty(),
                Optional.empty());
    }

    /**
     * @return why the loop is DEGRADED, when it is: it runs but waits to reconnect (the reason: the exception type
     *         of the last problem, and the next attempt); empty when it works or is stopped
     */
    public Optional<String> degradation() {
        if (!running || nextAttemptAt.isEmpty()) {
            return Optional.empty();
        }
        String cause = lastProblem.map(p -> p.contains(":") ? p.substring(0, p.indexOf(':')) : p).orElse("unknown");
        return Optional.of("reconnecting after " + consecutiveFailures + " failed attempt(s) (" + cause
                + "); next attempt at " + nextAttemptAt.get());
    }

    /** Running, and the last attempt succeeded. */
    public boolean healthy() {
        return running && connected && consecutiveFailures == 0;
    }
}
