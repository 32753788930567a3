package nl.vhkgateway.application.health;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The result of checking every dependency at one moment. Immutable and thread-safe.
 *
 * @param components   status per dependency name, in the order the checks were given
 * @param degradations for each DEGRADED component, why (no personal data: see {@link DegradedException})
 * @param checkedAt  when the checks ran
 */
public record HealthReport(Map<String, HealthStatus> components, Map<String, String> degradations, Instant checkedAt) {

    public HealthReport {
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
        degradations = Collections.unmodifiableMap(new LinkedHashMap<>(degradations));
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    /** A report without degraded components. */
    public HealthReport(Map<String, HealthStatus> components, Instant checkedAt) {
        this(components, Map.of(), checkedAt);
    }

    /** @return DOWN when a dependency is DOWN, else DEGRADED when one is DEGRADED, else UP */
    public HealthStatus status() {
        if (components.containsValue(HealthStatus.DOWN)) {
            return HealthStatus.DOWN;
        }
        return components.containsValue(HealthStatus.DEGRADED) ? HealthStatus.DEGRADED : HealthStatus.UP;
    }
}
