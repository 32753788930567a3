package nl.vhkgateway.application.worker;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A snapshot of one {@link WorkerLoop} for health checks and the beheerder. Carries no message content. Immutable.
 *
 * @param name                the loop's name (also its thread's name), e.g. {@code vhk-intake-watcher}
 * @param phase               what the loop does now
 * @param lastSuccessAt       end of the last round (or pass) that completed
 * @param lastProblem         the last failure (exception type and message, addresses masked), cleared by a success
 * @param consecutiveFailures failures since the last success
 * @param nextAttemptAt       while it waits to retry after a failure ({@link LoopActivity#BACKING_OFF}): when it tries
 *                            again
 * @param activity            what it does at this moment (finer than the phase: waiting with IMAP IDLE, processing,
 *                            backing off, ...)
 * @param activitySince       since when it does that (empty before the start)
 */
public record WorkerState(String name, Phase phase, Optional<Instant> lastSuccessAt, Optional<String> lastProblem,
                          int consecutiveFailures, Optional<Instant> nextAttemptAt, LoopActivity activity,
                          Optional<Instant> activitySince) {

    public WorkerState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(lastSuccessAt, "lastSuccessAt");
        Objects.requireNonNull(lastProblem, "lastProblem");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(activitySince, "activitySince");
    }

    /** The life of a loop. */
    public enum Phase {
        /** Built, not started yet. */
        NOT_STARTED,
        /** Working or waiting for its next round. */
        ACTIVE,
        /** A round failed; it waits until {@link #nextAttemptAt()} (reconnect, retry). */
        RETRY_WAIT,
        /** The {@link WorkerGate} says no (another instance leads); it asks again later. */
        STANDBY,
        /** Ended (stopped, or died: see {@link #lastProblem()}). */
        STOPPED
    }

    /** Started and not yet ended (active, waiting to retry or standing by). */
    public boolean running() {
        return phase == Phase.ACTIVE || phase == Phase.RETRY_WAIT || phase == Phase.STANDBY;
    }
}
