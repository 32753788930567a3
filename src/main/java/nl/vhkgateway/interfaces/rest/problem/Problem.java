package nl.vhkgateway.interfaces.rest.problem;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One RFC 9457 problem: {@code {"type": "urn:vhk-gateway:problem:not-found", "title": "Niet gevonden",
 * "status": 404, "detail": "Er is geen organisatie met nummer 42.", "instance": "/api/organisations/42"}}, plus
 * extension members (e.g. {@code violations}). Title and detail are Dutch; the detail never echoes personal data.
 * Immutable.
 *
 * @param type       the registered type
 * @param status     the HTTP status
 * @param detail     this occurrence, in Dutch
 * @param instance   the request path, when known
 * @param extensions extra members by name
 */
public record Problem(ProblemType type, int status, String detail, Optional<String> instance,
                      Map<String, JsonValue> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(instance, "instance");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("a problem has a 4xx or 5xx status: " + status);
        }
        extensions = Map.copyOf(extensions);
    }

    public static Problem of(ProblemType type, String detail) {
        return new Problem(type, type.status() == 0 ? 400 : type.status(), detail, Optional.empty(), Map.of());
    }

    /** A problem for a bare status, with the registered type for that status. */
    public static Problem ofStatus(int status, String detail) {
        return new Problem(ProblemType.forStatus(status), status, detail, Optional.empty(), Map.of());
    }

    public Problem at(String path) {
        return new Problem(type, status, detail, Optional.ofNullable(path), extensions);
    }

    public Problem with(String member, JsonValue value) {
        Map<String, JsonValue> more = new LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, status, detail, instance, more);
    }

    public String title() {
        return type.title();
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", type.uri().toString())
                .add("title", type.title())
                .add("status", status)
                .add("detail", detail);
        instance.ifPresent(path -> json.add("instance", path));
        extensions.forEach(json::add);
        return json.build();
    }
}
