package nl.vhkgateway.interfaces.mailbox;

import nl.vhkgateway.application.mailflow.MailflowPipeline;
import nl.vhkgateway.application.worker.WorkerGate;
import nl.vhkgateway.application.worker.WorkerLoop;
import nl.vhkgateway.application.worker.WorkerState;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.logging.Logger;

/**
 * The periodic retry loop: every {@code interval} (or at once after {@link #wakeUp()}) it runs
 * {@link MailflowPipeline#processDue()}: routing and sending whatever is due (retries after backoff, messages left
 * behind by a crash, reprocessed submissions), independent of the mailbox connection. A failed pass is retried after
 * the same interval. Runs on a {@link WorkerLoop}.
 *
 * <p>Lifecycle as {@link MailboxWatcher}: {@link #run()} on a thread of the caller's choice or
 * {@link #start(ThreadFactory)}, {@link #stop()}, {@link #awaitStopped(Duration)}. One run per instance.
 * Thread-safe.
 */
public final class OutboxDispatchLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(OutboxDispatchLoop.class.getName());

    private final WorkerLoop loop;

    public OutboxDispatchLoop(MailflowPipeline pipeline, Duration interval) {
        this(pipeline, interval, Clock.systemUTC());
    }

    public OutboxDispatchLoop(MailflowPipeline pipeline, Duration interval, Clock clock) {
        this("vhk-outbox-dispatch", pipeline, interval, clock, WorkerGate.ALWAYS);
    }

    /**
     * @param name the loop's (and its thread's) name
     * @param gate asked before every pass (leadership)
     */
    public OutboxDispatchLoop(String name, MailflowPipeline pipeline, Duration interval, Clock clock,
                              WorkerGate gate) {
        Objects.requireNonNull(pipeline, "pipeline");
        Objects.requireNonNull(interval, "interval");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("The dispatch interval must be positive");
        }
        this.loop = WorkerLoop.builder(name, context -> pipeline.processDue())
                .pause(interval)
                .retryAfter(interval)
                .failureLabel("Outbox dispatch pass failed")
                .gate(gate)
                .clock(Objects.requireNonNull(clock, "clock"))
                .logger(LOG)
                .build();
    }

    /** Starts {@link #run()} on a new thread from {@code threadFactory}, named after the loop. */
    public Thread start(ThreadFactory threadFactory) {
        return loop.start(threadFactory);
    }

    @Override
    public void run() {
        loop.run();
    }

    /** Runs a pass soon. */
    public void wakeUp() {
        loop.wakeUp();
    }

    /** Ends the loop after the current pass. Idempotent. */
    public void stop() {
        loop.stop();
    }

    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return loop.awaitStopped(timeout);
    }

    /** The generic loop state (for the registry of all loops). */
    public WorkerState state() {
        return loop.state();
    }

    public WorkerStatus status() {
        WorkerState state = loop.state();
        return new WorkerStatus(state.running(), state.running(), false, state.lastSuccessAt(), state.lastProblem(),
                state.consecutiveFailures());
    }
}
