package nl.vhkgateway.interfaces.mailbox;

import nl.vhkgateway.application.mailflow.InboxPassResult;
import nl.vhkgateway.application.mailflow.WatchedMailbox;
import nl.vhkgateway.application.mailflow.MailflowPipeline;
import nl.vhkgateway.application.mailflow.MailboxSession;
import nl.vhkgateway.application.mailflow.WaitingCards;
import nl.vhkgateway.application.worker.LoopActivity;
import nl.vhkgateway.application.worker.WorkerGate;
import nl.vhkgateway.application.worker.WorkerLoop;
import nl.vhkgateway.application.worker.WorkerState;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Watches the intake mailbox: connects, runs an {@link MailflowPipeline#processInbox INBOX pass}, then waits for
 * changes with IMAP IDLE (renewed every {@link WatcherSettings#idleRenewal()}) or, when the server has no IDLE,
 * for the {@link WatcherSettings#pollInterval() poll interval}, and repeats. After a lost connection (or any
 * other failure of a pass) it reconnects with a doubling backoff. The first pass after every (re)connect covers
 * everything still in the INBOX, which is how processing resumes after a crash. The backoff starts again at
 * {@link WatcherSettings#reconnectInitial()} once a pass succeeded, so a gateway that lost its connection now and
 * then over days reconnects as fast as on its first day. While it waits to reconnect its {@link #status()} is
 * DEGRADED ({@link WorkerStatus#degradation()}: the reason and the next attempt). A message that waits in the INBOX
 * longer than {@link WatcherSettings#waitingWarning()} is logged as a warning ({@link WaitingCards}). Runs on a
 * {@link WorkerLoop} (one round per connection).
 *
 * <p>Lifecycle: {@link #run()} on a thread of the caller's choice (in Payara a ManagedThreadFactory thread; or
 * {@link #start(ThreadFactory)}); {@link #stop()} from any thread ends it promptly (it closes the IMAP connection to
 * break an IDLE); {@link #awaitStopped(Duration)} waits for the end. One run per instance. Thread-safe.
 */
public final class MailboxWatcher implements Runnable {

    private static final Logger LOG = Logger.getLogger(MailboxWatcher.class.getName());
    /**
     * Submissions handed to the pool per worker thread: enough queued work that a worker never waits for the next
     * INBOX pass (which also moves the delivered originals out), few enough that a burst is not all held in memory.
     */
    static final int IN_FLIGHT_PER_WORKER = 8;

    private final WatchedMailbox mailbox;
    private final MailflowPipeline pipeline;
    private final WatcherSettings settings;
    private final Clock clock;
    private final WorkerLoop loop;
    private volatile MailboxSession current;
    private volatile boolean usingIdle;
    private final WaitingCards waiting;
    private volatile boolean warnedLongWaiting;
    private volatile ThreadFactory workerThreads = Executors.defaultThreadFactory();
    private volatile ExecutorService workers;

    public MailboxWatcher(WatchedMailbox mailbox, MailflowPipeline pipeline, WatcherSettings settings) {
        this(mailbox, pipeline, settings, Clock.systemUTC());
    }

    public MailboxWatcher(WatchedMailbox mailbox, MailflowPipeline pipeline, WatcherSettings settings, Clock clock) {
        this("vhk-intake-watcher", mailbox, pipeline, settings, clock, WorkerGate.ALWAYS);
    }

    /**
     * @param name the loop's (and its thread's) name
     * @param gate asked before every connection and every INBOX pass (leadership)
     */
    public MailboxWatcher(String name, WatchedMailbox mailbox, MailflowPipeline pipeline, WatcherSettings settings,
                          Clock clock, WorkerGate gate) {
        this.mailbox = Objects.requireNonNull(mailbox, "mailbox");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.waiting = new WaitingCards(clock);
        this.loop = WorkerLoop.builder(name, this::watchOneConnection)
                .retryAfter(settings.reconnectInitial(), settings.reconnectMax())
                .failureLabel("Intake mailbox problem")
                .gate(gate)
                .clock(clock)
                .logger(LOG)
                .onStart(this::startWorkers)
                .onStop(this::closeSession)
                .onEnd(this::ended)
                .build();
        pipeline.onReadyForRelease(this::wakeUp);
    }

    /**
     * The threads of the worker pool ({@link WatcherSettings#workers()}); in the container a ManagedThreadFactory.
     * Call before {@link #run()}.
     */
    public MailboxWatcher workerThreads(ThreadFactory factory) {
        this.workerThreads = Objects.requireNonNull(factory, "factory");
        return this;
    }

    /** Starts {@link #run()} on a new thread from {@code threadFactory}, named after the loop, and returns it. */
    public Thread start(ThreadFactory threadFactory) {
        return loop.start(threadFactory);
    }

    @Override
    public void run() {
        loop.run();
    }

    private void startWorkers() {
        LOG.info(() -> "Watching " + mailbox.describe());
        if (settings.workers() > 0) {
            workers = Executors.newFixedThreadPool(settings.workers(), workerThreads);
        }
    }

    private void ended() {
        current = null;
        stopWorkers();
        LOG.info(() -> "Stopped watching " + mailbox.describe());
    }

    /** One round: returns normally when stopped (or no longer allowed to run); throws when the connection or a pass failed. */
    private void watchOneConnection(WorkerLoop.Context context) throws InterruptedException {
        context.activity(LoopActivity.CONNECTING);
        try (MailboxSession session = mailbox.open()) {
            current = session;
            if (!context.active()) {
                return;
            }
            usingIdle = session.usesIdle();
            LOG.info(() -> "Connected to " + mailbox.describe() + (usingIdle ? "; waiting with IMAP IDLE" : "; polling every "
                    + settings.pollInterval().toSeconds() + " s"));
            while (context.active()) {
                context.activity(LoopActivity.PROCESSING);
                ExecutorService pool = workers;
                InboxPassResult result = pool == null ? pipeline.processInbox(session, waiting)
                        : pipeline.processInbox(session, waiting, pool, settings.workers() * IN_FLIGHT_PER_WORKER);
                context.succeeded();
                warnAboutLongWaiting();
                if (result.stored() + result.released() + result.failed() > 0) {
                    LOG.info(() -> "INBOX pass: " + result.seen() + " present, " + result.stored() + " stored, "
                            + result.released() + " moved out, " + result.failed() + " failed");
                }
                if (!context.active()) {
                    return;
                }
                context.activity(usingIdle ? LoopActivity.WAITING_IDLE : LoopActivity.WAITING_POLL);
                session.awaitChange(usingIdle ? settings.idleRenewal() : settings.pollInterval());
            }
        } finally {
            current = null;
        }
    }

    /** Lets running workers finish their submission (each step is short and bounded by timeouts). */
    private void stopWorkers() {
        ExecutorService pool = workers;
        if (pool == null) {
            return;
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(30, TimeUnit.SECONDS)) {
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            pool.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    /** Ends the loop: closes the IMAP connection (breaking an IDLE) and cancels a reconnect wait. Idempotent. */
    public void stop() {
        loop.stop();
    }

    private void closeSession() {
        MailboxSession session = current;
        if (session != null) {
            session.close();
        }
    }

    /** Waits until {@link #run()} has returned (true) or the timeout passed (false). True when never started. */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return loop.awaitStopped(timeout);
    }

    /** Makes the watcher run a pass soon (ends a running IDLE or poll wait, or a reconnect wait). */
    public void wakeUp() {
        MailboxSession session = current;
        if (session != null) {
            session.wakeUp();
        } else {
            loop.wakeUp();
        }
    }

    /** The generic loop state (for the registry of all loops). */
    public WorkerState state() {
        return loop.state();
    }

    public WorkerStatus status() {
        WorkerState state = loop.state();
        MailboxSession session = current;
        return new WorkerStatus(state.running(), session != null && session.isConnected(), usingIdle,
                state.lastSuccessAt(), state.lastProblem(), state.consecutiveFailures(), state.nextAttemptAt(),
                waiting.oldestSince());
    }

    /**
     * Logs a warning when the longest-waiting message of the INBOX crosses the threshold, once per episode (a burst
     * does not log a line per message): again only after the wait fell below the threshold. UID only: no content.
     */
    private void warnAboutLongWaiting() {
        Optional<java.util.Map.Entry<Long, Instant>> oldest = waiting.oldest();
        Duration waited = oldest.map(o -> Duration.between(o.getValue(), clock.instant())).orElse(Duration.ZERO);
        if (waited.compareTo(settings.waitingWarning()) <= 0) {
            warnedLongWaiting = false;
            return;
        }
        if (!warnedLongWaiting) {
            warnedLongWaiting = true;
            LOG.warning(() -> "A message (uid " + oldest.get().getKey() + ") has waited " + waited.toSeconds()
                    + " s in the INBOX of " + mailbox.describe() + " without being handled (" + waiting.count()
                    + " waiting); health is DEGRADED until it is handled");
        }
    }

}
