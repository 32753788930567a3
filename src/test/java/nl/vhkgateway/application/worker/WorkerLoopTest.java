package nl.vhkgateway.application.worker;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkerLoopTest {

    private static final Duration LONG = Duration.ofSeconds(20);
    private static final Logger QUIET = quietLogger();

    private static Logger quietLogger() {
        Logger logger = Logger.getLogger(WorkerLoopTest.class.getName() + ".loops");
        logger.setLevel(Level.OFF); // the failures below are provoked on purpose
        return logger;
    }

    @Test
    void runsRoundsUntilStoppedAndRecordsSuccess() throws Exception {
        CountDownLatch threeRounds = new CountDownLatch(3);
        WorkerLoop loop = WorkerLoop.builder("test-rounds", context -> threeRounds.countDown())
                .pause(Duration.ofMillis(1)).logger(QUIET).build();
        assertEquals(WorkerState.Phase.NOT_STARTED, loop.state().phase());
        Thread thread = loop.start(Executors.defaultThreadFactory());
        assertEquals("test-rounds", thread.getName());
        assertTrue(threeRounds.await(LONG.toSeconds(), TimeUnit.SECONDS));
        assertTrue(loop.state().running());
        assertTrue(loop.state().lastSuccessAt().isPresent());
        loop.stop();
        assertTrue(loop.awaitStopped(LONG));
        assertEquals(WorkerState.Phase.STOPPED, loop.state().phase());
        assertFalse(loop.state().running());
    }

    @Test
    void aFailedRoundWaitsToRetryWithReasonAndNextAttemptAndDoublesTheWait() throws Exception {
        WorkerLoop loop = WorkerLoop.builder("test-retry", context -> {
                    throw new IllegalStateException("server said no to jan@example.org");
                })
                .retryAfter(Duration.ofMillis(500), Duration.ofHours(1)).logger(QUIET).build();
        loop.start(Executors.defaultThreadFactory());
        long deadline = System.nanoTime() + LONG.toNanos();
        while (loop.state().consecutiveFailures() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        WorkerState state = loop.state();
        assertEquals(WorkerState.Phase.RETRY_WAIT, state.phase());
        assertTrue(state.running());
        assertTrue(state.consecutiveFailures() >= 2);
        assertTrue(state.nextAttemptAt().isPresent());
        assertTrue(state.lastProblem().orElseThrow().startsWith("IllegalStateException: server said no to "));
        assertFalse(state.lastProblem().orElseThrow().contains("jan@example.org"), "addresses are masked");
        loop.stop();
        assertTrue(loop.awaitStopped(LONG), "stop cancels the retry wait");
    }

    @Test
    void standsByWhileTheGateSaysNo() throws Exception {
        AtomicBoolean leader = new AtomicBoolean(false);
        AtomicInteger rounds = new AtomicInteger();
        CountDownLatch ran = new CountDownLatch(1);
        CountDownLatch asked = new CountDownLatch(2);
        WorkerLoop loop = WorkerLoop.builder("test-gate", context -> {
                    rounds.incrementAndGet();
                    ran.countDown();
                })
                .pause(Duration.ofMillis(1))
                .gate(worker -> {
                    asked.countDown();
                    return leader.get();
                })
                .standbyRecheck(Duration.ofMillis(5)).logger(QUIET).build();
        loop.start(Executors.defaultThreadFactory());
        assertTrue(asked.await(LONG.toSeconds(), TimeUnit.SECONDS));
        assertEquals(WorkerState.Phase.STANDBY, loop.state().phase());
        assertEquals(0, rounds.get());
        leader.set(true);
        assertTrue(ran.await(LONG.toSeconds(), TimeUnit.SECONDS));
        loop.stop();
        assertTrue(loop.awaitStopped(LONG));
    }

    @Test
    void aLongRoundEndsWhenStoppedAndTheStopHookBreaksItsWait() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch released = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        WorkerLoop loop = WorkerLoop.builder("test-long", context -> {
                    inside.countDown();
                    while (context.active()) {
                        context.succeeded();
                        released.await(LONG.toSeconds(), TimeUnit.SECONDS); // e.g. an IMAP IDLE
                    }
                })
                .retryAfter(Duration.ofMillis(10)).onStop(released::countDown).onEnd(() -> ended.set(true))
                .logger(QUIET).build();
        loop.start(Executors.defaultThreadFactory());
        assertTrue(inside.await(LONG.toSeconds(), TimeUnit.SECONDS));
        loop.stop();
        assertTrue(loop.awaitStopped(LONG));
        assertTrue(ended.get());
    }

    @Test
    void tellsWhatItDoesNowAndSinceWhen() throws Exception {
        CountDownLatch inRound = new CountDownLatch(1);
        CountDownLatch finishRound = new CountDownLatch(1);
        CountDownLatch idling = new CountDownLatch(1);
        CountDownLatch finishIdle = new CountDownLatch(1);
        AtomicInteger round = new AtomicInteger();
        WorkerLoop loop = WorkerLoop.builder("test-activity", context -> {
                    switch (round.incrementAndGet()) {
                        case 1 -> {
                            inRound.countDown();
                            finishRound.await(LONG.toSeconds(), TimeUnit.SECONDS);
                        }
                        case 2 -> {
                            context.activity(LoopActivity.WAITING_IDLE); // e.g. a mailbox connection's IDLE
                            idling.countDown();
                            finishIdle.await(LONG.toSeconds(), TimeUnit.SECONDS);
                            throw new IllegalStateException("connection lost to jan@example.org");
                        }
                        default -> { }
                    }
                })
                .pause(Duration.ofMillis(300)).retryAfter(Duration.ofHours(1)).logger(QUIET).build();
        assertEquals(LoopActivity.NOT_STARTED, loop.state().activity());
        assertTrue(loop.state().activitySince().isEmpty());
        loop.start(Executors.defaultThreadFactory());

        assertTrue(inRound.await(LONG.toSeconds(), TimeUnit.SECONDS));
        WorkerState processing = loop.state();
        assertEquals(LoopActivity.PROCESSING, processing.activity());
        assertTrue(processing.activitySince().isPresent());
        finishRound.countDown();
        WorkerState waiting = awaitActivity(loop, LoopActivity.WAITING, LoopActivity.WAITING_IDLE);
        if (waiting.activity() == LoopActivity.WAITING) {
            assertTrue(waiting.lastSuccessAt().isPresent(), "waits for its next round after a good one");
            assertTrue(waiting.nextAttemptAt().isEmpty());
        }

        assertTrue(idling.await(LONG.toSeconds(), TimeUnit.SECONDS));
        WorkerState idle = loop.state();
        assertEquals(LoopActivity.WAITING_IDLE, idle.activity(), "what the round reported");
        assertTrue(idle.running());
        finishIdle.countDown();

        WorkerState backingOff = awaitActivity(loop, LoopActivity.BACKING_OFF);
        assertEquals(WorkerState.Phase.RETRY_WAIT, backingOff.phase());
        assertEquals(1, backingOff.consecutiveFailures());
        assertTrue(backingOff.nextAttemptAt().orElseThrow().isAfter(backingOff.activitySince().orElseThrow()
                .plus(Duration.ofMinutes(59))), "the next attempt, an hour on");
        assertEquals(backingOff.activitySince(), loop.state().activitySince(), "since: when it changed, not now");

        loop.stop();
        assertTrue(loop.awaitStopped(LONG));
        assertEquals(LoopActivity.STOPPED, loop.state().activity());
        assertTrue(loop.state().nextAttemptAt().isEmpty());
    }

    @Test
    void standsByAsAnActivityAndARoundMayOnlyReportItsOwn() throws Exception {
        AtomicReference<Throwable> refused = new AtomicReference<>();
        CountDownLatch ran = new CountDownLatch(1);
        AtomicBoolean leader = new AtomicBoolean(false);
        WorkerLoop loop = WorkerLoop.builder("test-standby", context -> {
                    try {
                        context.activity(LoopActivity.BACKING_OFF);
                    } catch (IllegalArgumentException e) {
                        refused.set(e);
                    }
                    context.activity(LoopActivity.CONNECTING);
                    ran.countDown();
                })
                .pause(Duration.ofMillis(1)).gate(worker -> leader.get()).standbyRecheck(Duration.ofMillis(5))
                .logger(QUIET).build();
        loop.start(Executors.defaultThreadFactory());
        assertEquals(LoopActivity.STANDBY, awaitActivity(loop, LoopActivity.STANDBY).activity());
        leader.set(true);
        assertTrue(ran.await(LONG.toSeconds(), TimeUnit.SECONDS));
        loop.stop();
        assertTrue(loop.awaitStopped(LONG));
        assertTrue(refused.get() instanceof IllegalArgumentException, "BACKING_OFF is the loop's, not a round's");
    }

    private static WorkerState awaitActivity(WorkerLoop loop, LoopActivity... wanted) throws InterruptedException {
        List<LoopActivity> accepted = List.of(wanted);
        long deadline = System.nanoTime() + LONG.toNanos();
        WorkerState state = loop.state();
        while (!accepted.contains(state.activity()) && System.nanoTime() < deadline) {
            Thread.sleep(2);
            state = loop.state();
        }
        assertTrue(accepted.contains(state.activity()), "expected " + accepted + ", is " + state.activity());
        return state;
    }

    @Test
    void runsOnce() throws Exception {
        WorkerLoop loop = WorkerLoop.builder("test-once", context -> { }).pause(Duration.ofMillis(1))
                .logger(QUIET).build();
        loop.stop();
        loop.run();
        assertThrows(IllegalStateException.class, loop::run);
    }

    @Test
    void refusesALoopWithoutAnyWait() {
        assertThrows(IllegalArgumentException.class, () -> WorkerLoop.builder("busy", context -> { }).build());
    }
}
