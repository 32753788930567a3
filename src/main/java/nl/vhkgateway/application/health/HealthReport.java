package nl.vhkgateway.application.health;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The result of checking every dependency at one moment. Immutable and thread-safe.
 *
 * @param components status per dependency name, in the order the checks were given
 * @param checkedAt  when the checks ran
 */
public record HealthReport(Map<String, HealthStatus> components, Instant checkedAt) {

    public HealthReport {
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
        Objects.requireNonNull(checkedAt, "checkedAt");
    }

    /** @return UP only when every dependency is UP */
    public HealthStatus status() {
        return components.values().stream().allMatch(HealthStatus.UP::equals) ? HealthStatus.UP : HealthStatus.DOWN;
    }
}
