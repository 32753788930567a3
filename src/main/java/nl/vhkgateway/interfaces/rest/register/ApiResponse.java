package nl.vhkgateway.interfaces.rest.register;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.vhkgateway.application.participant.Violation;

/**
 * What a register endpoint answers, independent of JAX-RS (so the endpoint logic is testable without a container):
 * an HTTP status, a JSON body, and for a creation the path of the new resource. Error bodies are
 * {@code {"status": 400, "error": "<Dutch message>", "violations": [{"field": ..., "message": ...}]}}. Immutable.
 *
 * @param status   the HTTP status
 * @param body     the JSON body
 * @param location the path of a created resource, relative to /api ("participants/7")
 */
public record ApiResponse(int status, JsonStructure body, Optional<String> location) {

    public ApiResponse {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(location, "location");
    }

    static ApiResponse ok(JsonStructure body) {
        return new ApiResponse(200, body, Optional.empty());
    }

    static ApiResponse created(JsonStructure body, String location) {
        return new ApiResponse(201, body, Optional.of(location));
    }

    static ApiResponse error(int status, String dutchMessage) {
        return error(status, dutchMessage, List.of());
    }

    static ApiResponse error(int status, String dutchMessage, List<Violation> violations) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("status", status).add("error", dutchMessage);
        if (!violations.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            violations.forEach(v -> list.add(Json.createObjectBuilder().add("field", v.field())
                    .add("message", v.dutchMessage())));
            body.add("violations", list);
        }
        return new ApiResponse(status, body.build(), Optional.empty());
    }
}
