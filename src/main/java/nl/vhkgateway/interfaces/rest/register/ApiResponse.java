package nl.vhkgateway.interfaces.rest.register;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonStructure;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.vhkgateway.application.participant.Violation;
import nl.vhkgateway.interfaces.rest.problem.Problem;
import nl.vhkgateway.interfaces.rest.problem.ProblemType;

/**
 * What a register endpoint answers, independent of JAX-RS (so the endpoint logic is testable without a container):
 * an HTTP status, a JSON body, and for a creation the path of the new resource. Errors are RFC 9457 problems
 * ({@link Problem}); invalid input adds {@code "violations": [{"field": ..., "message": ...}]}. Immutable.
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

    static ApiResponse error(ProblemType type, String dutchMessage) {
        return error(type, dutchMessage, List.of());
    }

    static ApiResponse error(ProblemType type, String dutchMessage, List<Violation> violations) {
        Problem problem = Problem.of(type, dutchMessage);
        if (!violations.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            violations.forEach(v -> list.add(Json.createObjectBuilder().add("field", v.field())
                    .add("message", v.dutchMessage())));
            problem = problem.with("violations", list.build());
        }
        return new ApiResponse(problem.status(), problem.toJson(), Optional.empty());
    }

    public boolean isProblem() {
        return status >= 400;
    }
}
