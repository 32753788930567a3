package nl.vhkgateway.interfaces.rest.health;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.util.List;

import nl.vhkgateway.application.worker.LoopActivity;
import nl.vhkgateway.application.worker.WorkerState;

/**
 * The {@code "loops"} member of {@code /api/health}: per worker loop (by its name, e.g. {@code vhk-intake-watcher})
 * what it does now and since when ({@link LoopActivity}: {@code WAITING_IDLE}, {@code PROCESSING},
 * {@code BACKING_OFF} with {@code nextAttemptAt}, {@code STOPPED}, ...), when it last succeeded and how many rounds
 * failed since. Of a failure only the exception type ({@code "problem"}), never its message (it may hold a server
 * reply): no personal data, no card text. Stateless.
 */
final class LoopStatesJson {

    private LoopStatesJson() {
    }

    static JsonObject of(List<WorkerState> states) {
        JsonObjectBuilder loops = Json.createObjectBuilder();
        for (WorkerState state : states) {
            loops.add(state.name(), loop(state));
        }
        return loops.build();
    }

    private static JsonObjectBuilder loop(WorkerState state) {
        JsonObjectBuilder loop = Json.createObjectBuilder().add("state", state.activity().name());
        state.activitySince().ifPresent(since -> loop.add("since", since.toString()));
        state.lastSuccessAt().ifPresent(at -> loop.add("lastSuccessAt", at.toString()));
        loop.add("failures", state.consecutiveFailures());
        if (state.activity() == LoopActivity.BACKING_OFF) {
            state.nextAttemptAt().ifPresent(at -> loop.add("nextAttemptAt", at.toString()));
        }
        state.lastProblem().map(LoopStatesJson::exceptionType).ifPresent(type -> loop.add("problem", type));
        return loop;
    }

    /** "SocketTimeoutException: Read timed out" -> "SocketTimeoutException" (the type only). */
    static String exceptionType(String problem) {
        int colon = problem.indexOf(':');
        String type = (colon < 0 ? problem : problem.substring(0, colon)).strip();
        return type.matches("[A-Za-z0-9_$.]{1,100}") ? type : "unknown";
    }
}
