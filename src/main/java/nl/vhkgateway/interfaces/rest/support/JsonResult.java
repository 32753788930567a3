package nl.vhkgateway.interfaces.rest.support;

import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

import java.util.Objects;
import java.util.Optional;

import nl.vhkgateway.interfaces.rest.problem.Problem;
import nl.vhkgateway.interfaces.rest.problem.ProblemType;

/**
 * What an API call answers, before JAX-RS turns it into a response: the HTTP status, a JSON body and, for a
 * created resource, its location (relative to /api). Keeps the API logic testable without a JAX-RS runtime.
 * Errors are RFC 9457 problems ({@link Problem}) with a Dutch detail. Immutable.
 */
public record JsonResult(int status, JsonStructure body, Optional<String> location) {

    public JsonResult {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(location, "location");
    }

    public static JsonResult ok(JsonStructure body) {
        return new JsonResult(200, body, Optional.empty());
    }

    public static JsonResult created(JsonStructure body, String location) {
        return new JsonResult(201, body, Optional.of(location));
    }

    /** An error with the registered type for its status. */
    public static JsonResult error(int status, String dutchMessage) {
        return problem(Problem.ofStatus(status, dutchMessage));
    }

    public static JsonResult error(ProblemType type, String dutchMessage) {
        return problem(Problem.of(type, dutchMessage));
    }

    public static JsonResult problem(Problem problem) {
        return new JsonResult(problem.status(), problem.toJson(), Optional.empty());
    }

    public boolean isProblem() {
        return status >= 400;
    }

    /** The Dutch error sentence (the problem's detail), when this is an error. */
    public Optional<String> error() {
        return isProblem() && body instanceof JsonObject object && object.containsKey("detail")
                ? Optional.of(object.getString("detail"))
                : Optional.empty();
    }
}
