package nl.vhkgateway.interfaces.rest.support;

import jakarta.json.Json;
import jakarta.json.JsonStructure;

import java.util.Objects;
import java.util.Optional;

/**
 * What an API call answers, before JAX-RS turns it into a response: the HTTP status, a JSON body and, for a
 * created resource, its location (relative to /api). Keeps the API logic testable without a JAX-RS runtime.
 * Errors carry a Dutch sentence: {@code {"error": "..."}}. Immutable.
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

    public static JsonResult error(int status, String dutchMessage) {
        return new JsonResult(status, Json.createObjectBuilder().add("error", dutchMessage).build(),
                Optional.empty());
    }

    /** The Dutch error sentence, when this is an error. */
    public Optional<String> error() {
        return body instanceof jakarta.json.JsonObject object && object.containsKey("error")
                ? Optional.of(object.getString("error"))
                : Optional.empty();
    }
}
