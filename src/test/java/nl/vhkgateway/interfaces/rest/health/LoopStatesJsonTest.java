package nl.vhkgateway.interfaces.rest.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.vhkgateway.application.worker.LoopActivity;
import nl.vhkgateway.application.worker.WorkerState;

class LoopStatesJsonTest {

    private static final Instant SINCE = Instant.parse("2026-12-05T23:40:00Z");
    private static final Instant NEXT = Instant.parse("2026-12-05T23:40:04Z");

    @Test
    void eachLoopByNameWithItsStateAndSince() {
        JsonObject loops = LoopStatesJson.of(List.of(
                state("vhk-intake-watcher", WorkerState.Phase.ACTIVE, LoopActivity.WAITING_IDLE, 0, Optional.empty(),
                        Optional.empty()),
                state("vhk-outbox-dispatch", WorkerState.Phase.ACTIVE, LoopActivity.PROCESSING, 0, Optional.empty(),
                        Optional.empty())));
        JsonObject watcher = loops.getJsonObject("vhk-intake-watcher");
        assertEquals("WAITING_IDLE", watcher.getString("state"));
        assertEquals(SINCE.toString(), watcher.getString("since"));
        assertEquals(0, watcher.getInt("failures"));
        assertFalse(watcher.containsKey("nextAttemptAt"));
        assertFalse(watcher.containsKey("problem"));
        assertEquals("PROCESSING", loops.getJsonObject("vhk-outbox-dispatch").getString("state"));
    }

    @Test
    void aLoopBackingOffShowsTheNextAttemptAndOnlyTheTypeOfItsProblem() {
        JsonObject loop = LoopStatesJson.of(List.of(state("vhk-intake-watcher", WorkerState.Phase.RETRY_WAIT,
                LoopActivity.BACKING_OFF, 3, Optional.of("MailConnectException: Couldn't connect to host, port:"
                        + " imap.example.org, 993; d********@roosendaal.test"), Optional.of(NEXT))))
                .getJsonObject("vhk-intake-watcher");
        assertEquals("BACKING_OFF", loop.getString("state"));
        assertEquals(3, loop.getInt("failures"));
        assertEquals(NEXT.toString(), loop.getString("nextAttemptAt"));
        assertEquals("MailConnectException", loop.getString("problem"), "the type only, never the message");
        assertFalse(loop.toString().contains("roosendaal"), loop.toString());
    }

    @Test
    void aProblemThatIsNoTypeNameIsNotShown() {
        assertEquals("unknown", LoopStatesJson.exceptionType("something odd with spaces"));
        assertEquals("java.net.ConnectException", LoopStatesJson.exceptionType("java.net.ConnectException: refused"));
    }

    private static WorkerState state(String name, WorkerState.Phase phase, LoopActivity activity, int failures,
                                     Optional<String> problem, Optional<Instant> next) {
        return new WorkerState(name, phase, Optional.of(SINCE.minusSeconds(5)), problem, failures, next, activity,
                Optional.of(SINCE));
    }
}
