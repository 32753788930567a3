package nl.vhkgateway.application.worker;

import nl.vhkgateway.domain.mail.MailAddress;

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
 * The one worker loop of the gateway: every mailbox watcher, outbox dispatcher and scheduled job (retention, agenda)
 * is a {@link Round} run by one of these. It runs the round, then waits {@link Builder#pause(Duration) the pause}
 * (cut short by {@link #wakeUp()}), and repeats until {@link #stop()}. A round that throws a RuntimeException is a
 * failure: logged as one WARNING line without stack trace (the trace at FINE), counted, and retried after the
 * {@link Builder#retryAfter retry delay} (fixed, or doubling up to a maximum and back to the start after a success).
 * Before every round it asks the {@link WorkerGate} whether it may run; while not, it stands by.
 * {@link #state()} tells health what it does (active, waiting to retry with the reason and the next attempt, standing
 * by, stopped), finer as a {@link LoopActivity} since a given time (processing, waiting for its next round or, reported
 * by a long round, connecting or waiting with IMAP IDLE), and when it last succeeded.
 *
 * <p>Lifecycle: {@link #start(ThreadFactory)} (a named thread; an Error or a RuntimeException escaping the loop is
 * logged as SEVERE) or {@link #run()} on a thread of the caller's choice; {@link #stop()} from any thread (also runs
 * the {@link Builder#onStop stop hook}, e.g. closing an IMAP connection to break an IDLE); {@link #awaitStopped}.
 * One run per instance. Thread-safe.
 */
public final class WorkerLoop implements Runnable {

    /** The work of one round. */
    @FunctionalInterface
    public interface Round {
        /**
         * Does one round of work. Throw a RuntimeException to report a failure. A long round (one mailbox
         * connection with many passes) checks {@link Context#active()} between passes, returns when it is false, and
         * calls {@link Context#succeeded()} after each pass.
         */
        void run(Context context) throws InterruptedException;
    }

    /** What a round sees of its loop. */
    public interface Context {
        /** False once the loop is stopping or the gate withdrew its permission: end the round then. */
        boolean active();

        /** True once {@link WorkerLoop#stop()} was called. */
        boolean stopping();

        /** Records a completed pass inside a long round (the round's end is recorded by itself). */
        void succeeded();

        /**
         * Tells health what the round does now, for a long round: {@link LoopActivity#CONNECTING},
         * {@link LoopActivity#PROCESSING}, {@link LoopActivity#WAITING_IDLE} or {@link LoopActivity#WAITING_POLL}
         * (a round starts as PROCESSING). The other activities are the loop's own.
         *
         * @throws IllegalArgumentException for an activity that is not a round's
         */
        void activity(LoopActivity now);
    }

    private static final int MAX_REASON_LENGTH = 500;

    private final String name;
    private final Round round;
    private final Duration pause;
    private final Duration retryInitial;
    private final Duration retryMax;
    private final Duration firstRoundAfter;
    private final Duration standbyRecheck;
    private final String failureLabel;
    private final WorkerGate gate;
    private final Clock clock;
    private final Logger log;
    private final Runnable onStart;
    private final Runnable onStop;
    private final Runnable onEnd;
    private final LoopSignal signal = new LoopSignal();
    private final AtomicReference<Thread> runner = new AtomicReference<>();
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Context context = new Context() {
        @Override
        public boolean active() {
            return !signal.isStopped() && mayRun();
        }

        @Override
        public boolean stopping() {
            return signal.isStopped();
        }

        @Override
        public void succeeded() {
            recordSuccess();
        }

        @Override
        public void activity(LoopActivity now) {
            if (!Objects.requireNonNull(now, "now").insideRound()) {
                throw new IllegalArgumentException(now + " is set by the loop, not by a round");
            }
            doing(now);
        }
    };
    /**
     * What the loop does, since when and (backing off) its next attempt; replaced as a whole, so that a reader never
     * sees a mix of two.
     */
    private record Doing(LoopActivity activity, Optional<Instant> since, Optional<Instant> nextAttempt) { }

    private final AtomicReference<Doing> doing = new AtomicReference<>(new Doing(LoopActivity.NOT_STARTED,
            Optional.empty(), Optional.empty()));
    private volatile WorkerState.Phase phase = WorkerState.Phase.NOT_STARTED;
    private volatile Instant lastSuccessAt;
    private volatile String lastProblem;
    private volatile int consecutiveFailures;
    private volatile boolean succeededSinceFailure;

    private WorkerLoop(Builder b) {
        this.name = b.name;
        this.round = b.round;
        this.pause = b.pause;
        this.retryInitial = b.retryInitial == null ? b.pause : b.retryInitial;
        this.retryMax = b.retryMax == null ? this.retryInitial : b.retryMax;
        this.firstRoundAfter = b.firstRoundAfter;
        this.standbyRecheck = b.standbyRecheck;
        this.failureLabel = b.failureLabel == null ? name : b.failureLabel;
        this.gate = b.gate;
        this.clock = b.clock;
        this.log = b.logger == null ? Logger.getLogger(WorkerLoop.class.getName()) : b.logger;
        this.onStart = b.onStart;
        this.onStop = b.onStop;
        this.onEnd = b.onEnd;
        if (retryInitial.isNegative() || retryInitial.isZero() || retryMax.compareTo(retryInitial) < 0) {
            throw new IllegalArgumentException(name + ": the retry delay must be positive and at most its maximum");
        }
    }

    /**
     * @param name  the loop's name and its thread's name, e.g. {@code vhk-intake-watcher}
     * @param round the work of one round
     */
    public static Builder builder(String name, Round round) {
        return new Builder(name, round);
    }

    public String name() {
        return name;
    }

    /** Runs the loop on a new thread from {@code factory}, named after the loop, and returns that thread. */
    public Thread start(ThreadFactory factory) {
        Thread thread = factory.newThread(() -> {
            try {
                run();
            } catch (RuntimeException | Error e) {
                log.log(Level.SEVERE, name + " ended unexpectedly", e);
                throw e;
            }
        });
        thread.setName(name);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        if (!runner.compareAndSet(null, Thread.currentThread())) {
            throw new IllegalStateException(name + " runs once; create a new loop");
        }
        phase = WorkerState.Phase.ACTIVE;
        Duration backoff = retryInitial;
        try {
            onStart.run();
            if (!firstRoundAfter.isZero()) {
                doing(LoopActivity.WAITING);
                if (!signal.await(firstRoundAfter)) {
                    return;
                }
            }
            while (!signal.isStopped()) {
                if (!mayRun()) {
                    phase = WorkerState.Phase.STANDBY;
                    doing(LoopActivity.STANDBY);
                    if (!signal.await(standbyRecheck)) {
                        return;
                    }
                    continue;
                }
                phase = WorkerState.Phase.ACTIVE;
                doing(LoopActivity.PROCESSING);
                Duration wait;
                try {
                    round.run(context);
                    if (signal.isStopped()) {
                        return;
                    }
                    recordSuccess();
                    backoff = retryInitial;
                    wait = pause;
                    if (!wait.isZero()) {
                        doing(LoopActivity.WAITING);
                    }
                } catch (RuntimeException e) {
                    if (signal.isStopped()) {
                        return;
                    }
                    if (succeededSinceFailure) {
                        backoff = retryInitial;
                    }
                    succeededSinceFailure = false;
                    wait = backoff;
                    backoff = backoff.multipliedBy(2).compareTo(retryMax) > 0 ? retryMax : backoff.multipliedBy(2);
                    recordFailure(e, wait);
                }
                if (!wait.isZero()) {
                    boolean go = signal.await(wait);
                    phase = WorkerState.Phase.ACTIVE;
                    if (!go) {
                        return;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            phase = WorkerState.Phase.STOPPED;
            doing(LoopActivity.STOPPED);
            try {
                onEnd.run();
            } finally {
                finished.countDown();
            }
        }
    }

    /** Cuts the current wait short: the next round starts soon (a pause, a retry wait or a standby). */
    public void wakeUp() {
        signal.wake();
    }

    /** Ends the loop after the current round and runs the stop hook. Idempotent. */
    public void stop() {
        signal.stop();
        onStop.run();
    }

    /** Waits until {@link #run()} has returned (true) or the timeout passed (false). True when never started. */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return runner.get() == null || finished.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public WorkerState state() {
        WorkerState.Phase now = phase;
        Doing current = doing.get();
        return new WorkerState(name, now, Optional.ofNullable(lastSuccessAt), Optional.ofNullable(lastProblem),
                consecutiveFailures,
                current.nextAttempt(), current.activity(), current.since());
    }

    /** Records what the loop does now; the time only when it changes. */
    private void doing(LoopActivity now) {
        doing.updateAndGet(current -> current.activity() == now ? current
                : new Doing(now, Optional.of(clock.instant()), Optional.empty()));
    }

    private boolean mayRun() {
        try {
            return gate.mayRun(name);
        } catch (RuntimeException e) {
            log.warning(() -> name + ": the worker gate failed (" + describe(e) + "); standing by");
            return false;
        }
    }

    private void recordSuccess() {
        lastSuccessAt = clock.instant();
        lastProblem = null;
        consecutiveFailures = 0;
        succeededSinceFailure = true;
    }

    private void recordFailure(RuntimeException e, Duration wait) {
        String reason = describe(e);
        lastProblem = reason;
        consecutiveFailures++;
        Instant now = clock.instant();
        phase = WorkerState.Phase.RETRY_WAIT;
        doing.set(new Doing(LoopActivity.BACKING_OFF, Optional.of(now), Optional.of(now.plus(wait))));
        log.warning(() -> failureLabel + " (" + reason + "); next attempt in " + readable(wait));
        log.log(Level.FINE, failureLabel, e);
    }

    /** Exception type and message, addresses masked, one line, capped: never message content. */
    static String describe(Throwable failure) {
        String message = failure.getMessage() == null ? "" : ": " + failure.getMessage();
        String reason = MailAddress.maskAll((failure.getClass().getSimpleName() + message).strip()
                .replaceAll("[\\r\\n\\t]+", " "));
        return reason.length() > MAX_REASON_LENGTH ? reason.substring(0, MAX_REASON_LENGTH - 1) + "…" : reason;
    }

    private static String readable(Duration wait) {
        return wait.compareTo(Duration.ofSeconds(10)) < 0 ? wait.toMillis() + " ms" : wait.toSeconds() + " s";
    }

    /** Collects the loop's settings; {@link #build()} validates them. Not thread-safe. */
    public static final class Builder {
        private static final Runnable NOTHING = () -> { };
        private final String name;
        private final Round round;
        private Duration pause = Duration.ZERO;
        private Duration retryInitial;
        private Duration retryMax;
        private Duration firstRoundAfter = Duration.ZERO;
        private Duration standbyRecheck = Duration.ofSeconds(5);
        private String failureLabel;
        private WorkerGate gate = WorkerGate.ALWAYS;
        private Clock clock = Clock.systemUTC();
        private Logger logger;
        private Runnable onStart = NOTHING;
        private Runnable onStop = NOTHING;
        private Runnable onEnd = NOTHING;

        private Builder(String name, Round round) {
            this.name = Objects.requireNonNull(name, "name");
            this.round = Objects.requireNonNull(round, "round");
            if (name.isBlank()) {
                throw new IllegalArgumentException("A worker loop needs a name");
            }
        }

        /** The wait after a successful round (default none: the next round starts at once). */
        public Builder pause(Duration value) { this.pause = nonNegative(value, "pause"); return this; }

        /** The wait after a failed round (default: the pause). */
        public Builder retryAfter(Duration value) { return retryAfter(value, value); }

        /** A doubling wait after failed rounds, from {@code initial} up to {@code max}; back to initial after a success. */
        public Builder retryAfter(Duration initial, Duration max) {
            this.retryInitial = Objects.requireNonNull(initial, "initial");
            this.retryMax = Objects.requireNonNull(max, "max");
            return this;
        }

        /** A wait before the first round (default none), e.g. to let the rest of the application start. */
        public Builder firstRoundAfter(Duration value) { this.firstRoundAfter = nonNegative(value, "firstRoundAfter"); return this; }

        /** How often a loop standing by asks the gate again (default 5 s). */
        public Builder standbyRecheck(Duration value) { this.standbyRecheck = Objects.requireNonNull(value); return this; }

        /** The start of the WARNING line logged for a failed round, e.g. "Intake mailbox problem" (default: the name). */
        public Builder failureLabel(String value) { this.failureLabel = Objects.requireNonNull(value); return this; }

        public Builder gate(WorkerGate value) { this.gate = Objects.requireNonNull(value, "gate"); return this; }

        public Builder clock(Clock value) { this.clock = Objects.requireNonNull(value, "clock"); return this; }

        /** The logger for the loop's lines (default WorkerLoop's), so that they carry the owner's name. */
        public Builder logger(Logger value) { this.logger = Objects.requireNonNull(value, "logger"); return this; }

        /** Runs on the loop's thread before the first round. */
        public Builder onStart(Runnable value) { this.onStart = Objects.requireNonNull(value); return this; }

        /** Runs on the stopping thread in {@link #stop()}, e.g. to break a blocking wait inside a round. */
        public Builder onStop(Runnable value) { this.onStop = Objects.requireNonNull(value); return this; }

        /** Runs on the loop's thread when the loop ends, however it ends. */
        public Builder onEnd(Runnable value) { this.onEnd = Objects.requireNonNull(value); return this; }

        public WorkerLoop build() {
            if (retryInitial == null && pause.isZero()) {
                throw new IllegalArgumentException(name + ": a loop without pause needs a retry delay");
            }
            return new WorkerLoop(this);
        }

        private static Duration nonNegative(Duration value, String what) {
            Objects.requireNonNull(value, what);
            if (value.isNegative()) {
                throw new IllegalArgumentException(what + " must not be negative");
            }
            return value;
        }
    }
}
