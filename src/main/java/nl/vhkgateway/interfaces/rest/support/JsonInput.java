package nl.vhkgateway.interfaces.rest.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.io.StringReader;
import nl.vhkgateway.interfaces.rest.problem.ProblemType;
import java.util.Optional;

/**
 * Reads request bodies field by field with Dutch messages naming the field (never echoing its value). Stateless.
 */
public final class JsonInput {

    /** Larger bodies are refused before parsing. */
    public static final int MAX_BODY_LENGTH = 16_384;

    private JsonInput() {
    }

    public static JsonObject object(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("de aanvraag is leeg: stuur een JSON-object");
        }
        if (body.length() > MAX_BODY_LENGTH) {
            throw new InvalidInputException("de aanvraag is te groot");
        }
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new InvalidInputException(ProblemType.MALFORMED_JSON, "de aanvraag is geen geldig JSON-object");
        }
    }

    public static String requiredString(JsonObject object, String field) {
        return optionalString(object, field)
                .orElseThrow(() -> new InvalidInputException("het veld " + field + " ontbreekt"));
    }

    public static Optional<String> optionalString(JsonObject object, String field) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (!(value instanceof JsonString string)) {
            throw new InvalidInputException("het veld " + field + " moet tekst zijn");
        }
        return string.getString().isBlank() ? Optional.empty() : Optional.of(string.getString());
    }

    public static Optional<Long> optionalId(JsonObject object, String field) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return Optional.empty();
        }
        if (value instanceof JsonNumber number && number.isIntegral() && number.longValue() > 0) {
            return Optional.of(number.longValue());
        }
        if (value instanceof JsonString string && string.getString().strip().matches("[1-9][0-9]{0,17}")) {
            return Optional.of(Long.parseLong(string.getString().strip()));
        }
        throw new InvalidInputException("het veld " + field + " moet een positief nummer zijn");
    }

    public static JsonArray requiredArray(JsonObject object, String field) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            throw new InvalidInputException("het veld " + field + " ontbreekt");
        }
        if (!(value instanceof JsonArray array)) {
            throw new InvalidInputException("het veld " + field + " moet een lijst zijn");
        }
        return array;
    }
}
