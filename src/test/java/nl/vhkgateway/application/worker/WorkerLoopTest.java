package nl.vhkgateway.application.worker;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
