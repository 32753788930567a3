package nl.vhkgateway.application.worker;

/**
 * What a {@link WorkerLoop} does at this moment, finer than its {@link WorkerState.Phase}: for health and the
 * beheerder (is the intake watcher waiting for mail, working, or backing off after an error?). The loop sets the
 * states between rounds itself; a long round (a mailbox connection) reports what it does inside the round through
 * {@link WorkerLoop.Context#activity(LoopActivity)}. Carries no message content.
 */
public enum LoopActivity {
    /** Built, not started yet. */
    NOT_STARTED(false),
    /** Opening its connection (a mailbox watcher's login). */
    CONNECTING(true),
    /** Doing its work: a round, or a pass inside a long round. */
    PROCESSING(true),
    /** Connected and waiting for new mail with IMAP IDLE (the server tells it at once). */
    WAITING_IDLE(true),
    /** Connected and waiting for the next check of the mailbox (the server has no IDLE, or IDLE is off). */
    WAITING_POLL(true),
    /** Waiting for its next round (the pause after a successful round, or the delay before the first). */
    WAITING(false),
    /** A round failed; waiting until the next attempt ({@link WorkerState#nextAttemptAt()}). */
    BACKING_OFF(false),
    /** The {@link WorkerGate} says no (another instance leads); it asks again later. */
    STANDBY(false),
    /** Ended (stopped, or died: see {@link WorkerState#lastProblem()}). */
    STOPPED(false);

    private final boolean insideRound;

    LoopActivity(boolean insideRound) {
        this.insideRound = insideRound;
    }

    /** True for what a round reports about itself ({@link WorkerLoop.Context#activity}); the rest the loop sets. */
    public boolean insideRound() {
        return insideRound;
    }
}
