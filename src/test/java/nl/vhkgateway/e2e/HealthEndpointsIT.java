package nl.vhkgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * MicroProfile Health on the real Payara: {@code /health/ready} carries the gateway's own checks (database, intake
 * mailbox, SMTP, intake loops) and turns 503 when the database or the mail server goes away, and 200 again when it
 * is back; {@code /health/live} only asks whether the gateway's loops still run, so it stays 200 meanwhile. The
 * {@code "loops"} of {@code /api/health} show the intake watcher waiting with IMAP IDLE, backing off with its next
 * attempt while the mail server is away, and waiting with IDLE again once it is back.
 */
class HealthEndpointsIT {

    private static final Duration CHANGE = Duration.ofSeconds(30);
    private static final String WATCHER = "vhk-intake-watcher";
    private static final String DISPATCH = "vhk-intake-dispatch";

    @RegisterExtension
    static final RunningGateway.Extension GATEWAY = new RunningGateway.Extension();

    @Test
    void readyListsEveryDependencyAndLiveTheLoops() throws Exception {
        JsonObject ready = awaitStatus("health/ready", 200);
        assertEquals(Map.of("database", "UP", "intakeMailbox", "UP", "smtp", "UP", "intakeWorkers", "UP"),
                checks(ready), ready.toString());
        JsonObject live = awaitStatus("health/live", 200);
        assertEquals("UP", checks(live).get("intakeWorkers"), live.toString());

        // /api/health shows what each loop does: the watcher waits for mail with IMAP IDLE (GreenMail has IDLE)
        JsonObject watcher = awaitLoop(WATCHER, "WAITING_IDLE");
        assertEquals(0, watcher.getInt("failures"), watcher.toString());
        assertTrue(watcher.containsKey("since") && watcher.containsKey("lastSuccessAt"), watcher.toString());
        assertFalse(watcher.containsKey("nextAttemptAt"), watcher.toString());
        JsonObject dispatch = loops().getJsonObject(DISPATCH);
        assertTrue(List.of("WAITING", "PROCESSING").contains(dispatch.getString("state")), dispatch.toString());
    }

    @Test
    void readyTurns503WhenTheDatabaseGoesAwayAndBackWhenItReturns() throws Exception {
        awaitStatus("health/ready", 200);
        gateway().stopDatabase();
        try {
            JsonObject down = awaitStatus("health/ready", 503);
            assertEquals("DOWN", down.getString("status"));
            assertEquals("DOWN", checks(down).get("database"), down.toString());
            assertEquals("UP", checks(down).get("smtp"), down.toString());
            assertEquals(200, gateway().get("health/live", null).statusCode(), "alive while the database is away");
        } finally {
            gateway().startDatabase();
        }
        JsonObject back = awaitStatus("health/ready", 200);
        assertEquals("UP", checks(back).get("database"));
    }

    @Test
    void readyTurns503WhenTheMailServerStopsAndBackWhenItReturns() throws Exception {
        awaitStatus("health/ready", 200);
        int smtpPort = gateway().mail().smtpPort();
        int imapPort = gateway().mail().imapPort();
        gateway().stopMail();
        try {
            JsonObject down = awaitStatus("health/ready", 503);
            assertEquals("DOWN", checks(down).get("smtp"), down.toString());
            assertEquals("DOWN", checks(down).get("intakeMailbox"), down.toString());
            assertEquals("UP", checks(down).get("database"), down.toString());
            // the watcher lost its connection: it backs off and says when it tries again, and why (the type only)
            JsonObject backingOff = awaitLoop(WATCHER, "BACKING_OFF");
            assertTrue(backingOff.getInt("failures") >= 1, backingOff.toString());
            assertTrue(Instant.parse(backingOff.getString("nextAttemptAt"))
                    .isAfter(Instant.parse(backingOff.getString("since"))), backingOff.toString());
            assertTrue(backingOff.getString("problem").matches("[A-Za-z0-9_$.]+"), backingOff.toString());
        } finally {
            gateway().restartMail(smtpPort, imapPort);
        }
        assertEquals("UP", awaitStatus("health/ready", 200).getString("status"));
        JsonObject back = awaitLoop(WATCHER, "WAITING_IDLE");
        assertEquals(0, back.getInt("failures"), back.toString());
        assertFalse(back.containsKey("problem"), back.toString());
    }

    /** The loop's entry under {@code "loops"} of {@code /api/health} once it is in {@code state}. */
    private static JsonObject awaitLoop(String loop, String state) throws InterruptedException {
        return gateway().awaitValue(CHANGE, () -> {
            JsonObject current = loops().getJsonObject(loop);
            return current != null && state.equals(current.getString("state")) ? current : null;
        });
    }

    private static JsonObject loops() throws Exception {
        HttpResponse<String> response = gateway().get("api/health", null);
        return RunningGateway.json(response.body()).getJsonObject("loops");
    }

    private static JsonObject awaitStatus(String path, int status) throws InterruptedException {
        return gateway().awaitValue(CHANGE, () -> {
            HttpResponse<String> response = gateway().get(path, null);
            return response.statusCode() == status ? RunningGateway.json(response.body()) : null;
        });
    }

    private static Map<String, String> checks(JsonObject health) {
        Map<String, String> checks = new TreeMap<>();
        for (JsonValue check : health.getJsonArray("checks")) {
            checks.put(check.asJsonObject().getString("name"), check.asJsonObject().getString("status"));
        }
        assertTrue(!checks.isEmpty(), health.toString());
        return checks;
    }

    private static RunningGateway gateway() {
        return GATEWAY.gateway();
    }
}
