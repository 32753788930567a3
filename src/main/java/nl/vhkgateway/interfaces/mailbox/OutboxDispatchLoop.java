package nl.vhkgateway.interfaces.mailbox;

import nl.vhkgateway.application.mailflow.MailflowPipeline;
import nl.vhkgateway.domain.submission.ProcessingError;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The periodic retry loop: every {@code interval} (or at once after {@link #wakeUp()}) it runs
 * {@link MailflowPipeline#processDue()}: routing and sending whatever is due (retries after backoff, messages left
 * behind by a crash, reprocessed submissions), independent of the mailbox connection.
 *
 * <p>Lifecycle as {@link MailboxWatcher}: {@link #run()} on a thread of the caller's choice or
 * {@link #start(ThreadFactory)}, {@link #stop()}, {@link #awaitStopped(Duration)}. One run per instance.
 * Thread-safe.
 */
public final class OutboxDispatchLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(OutboxDispatchLoop.class.getName());

    private final MailflowPipeline pipeline;
    private final Duration interval;
    private final Clock clock;
    private final LoopSignal signal = new LoopSignal();
    private final AtomicReference<Thread> runner = new AtomicReference<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile boolean started;
    private volatile Instant lastSuccessAt;
    private volatile String lastProblem;
    private volatile int consecutiveFailures;

    public OutboxDispatchLoop(MailflowPipeline pipeline, Duration interval) {
        this(pipeline, interval, Clock.systemUTC());
    }

    public OutboxDispatchLoop(MailflowPipeline pipeline, Duration interval, Clock clock) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.interval = Objects.requireNonNull(interval, "interval");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("The dispatch interval must be positive");
        }
    }

    public Thread start(ThreadFactory threadFactory) {
        Thread thread = threadFactory.newThread(this);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        if (!runner.compareAndSet(null, Thread.currentThread())) {
            throw new IllegalStateException("An OutboxDispatchLoop runs once; create a new one");
        }
        started = true;
        try {
            do {
                try {
                    pipeline.processDue();
                    lastSuccessAt = clock.instant();
                    lastProblem = null;
                    consecutiveFailures = 0;
                } catch (RuntimeException e) {
                    lastProblem = ProcessingError.of("DISPATCH", e).reason();
                    consecutiveFailures++;
                    LOG.warning(() -> "Outbox dispatch pass failed (" + lastProblem + "); retrying in " + interval.toSeconds() + " s");
                    LOG.log(Level.FINE, "Outbox dispatch pass failed", e);
                }
            } while (signal.await(interval));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            finished.countDown();
        }
    }

    /** Runs a pass soon. */
    public void wakeUp() {
        signal.wake();
    }

    /** Ends the loop after the current pass. Idempotent. */
    public void stop() {
        signal.stop();
    }

    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return !started || finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public WorkerStatus status() {
        boolean running = started && finished.getCount() > 0;
        return new WorkerStatus(running, running, false, Optional.ofNullable(lastSuccessAt),
                Optional.ofNullable(lastProblem), consecutiveFailures);
    }
}
