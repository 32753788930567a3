package nl.vhkgateway.interfaces.rest.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import java.util.Optional;
import java.util.function.Function;

import nl.vhkgateway.interfaces.rest.problem.ProblemType;

/**
 * The one list convention of the API: query parameters {@code limit} (default {@value #DEFAULT_LIMIT}) and
 * {@code offset} (default 0), answered as {@code {"items": [...], "total": 123, "limit": 50, "offset": 0}} where
 * {@code total} counts every match. Immutable.
 *
 * @param limit  how many items at most (1 to the endpoint's maximum)
 * @param offset how many matches to skip (0 or more)
 */
public record PageRequest(int limit, long offset) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit >= 1 and offset >= 0");
        }
    }

    /** Reads {@code limit} and {@code offset}; a bad value is a 400 invalid-parameter with a Dutch message. */
    public static PageRequest from(Function<String, Optional<String>> parameters, int defaultLimit, int maxLimit) {
        int limit = (int) number(parameters.apply("limit"), "limit", 1, maxLimit, defaultLimit);
        long offset = number(parameters.apply("offset"), "offset", 0, Long.MAX_VALUE / 2, 0);
        return new PageRequest(limit, offset);
    }

    public static PageRequest from(String limit, String offset) {
        return from(name -> Optional.ofNullable("limit".equals(name) ? limit : offset).filter(v -> !v.isBlank()),
                DEFAULT_LIMIT, MAX_LIMIT);
    }

    public JsonObject envelope(JsonArray items, long total) {
        return Json.createObjectBuilder()
                .add("items", items)
                .add("total", total)
                .add("limit", limit)
                .add("offset", offset)
                .build();
    }

    /** The part of an in-memory list this page shows. */
    public <T> java.util.List<T> slice(java.util.List<T> all) {
        if (offset >= all.size()) {
            return java.util.List.of();
        }
        return all.subList((int) offset, (int) Math.min(all.size(), offset + limit));
    }

    public static long number(Optional<String> text, String name, long min, long max, long fallback) {
        if (text.isEmpty()) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.get().strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // fall through to the message
        }
        throw new InvalidInputException(ProblemType.INVALID_PARAMETER, name + " moet een getal zijn van " + min
                + " tot en met " + max);
    }
}
