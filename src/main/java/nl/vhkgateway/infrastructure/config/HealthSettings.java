package nl.vhkgateway.infrastructure.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of {@code GET /api/health}. Immutable and thread-safe.
 *
 * @param cacheFor how long a result is reused before the dependencies are checked again
 * @param timeout  the longest a single check may take before it counts as DOWN
 */
public record HealthSettings(Duration cacheFor, Duration timeout) {

    public HealthSettings {
        Objects.requireNonNull(cacheFor, "cacheFor");
        Objects.requireNonNull(timeout, "timeout");
    }
}
