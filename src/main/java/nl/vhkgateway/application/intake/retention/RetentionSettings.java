package nl.vhkgateway.application.intake.retention;

import java.time.Duration;
import java.util.Objects;

/**
 * How long content is kept and how often retention runs. Validated at construction. Immutable.
 *
 * @param keepAfterDelivery how long the raw mail and the card stay after delivery (also: the longest a submission
 *                          stays in quarantine before it is discarded)
 * @param interval          how often the retention job runs
 */
public record RetentionSettings(Duration keepAfterDelivery, Duration interval) {

    public RetentionSettings {
        Objects.requireNonNull(keepAfterDelivery, "keepAfterDelivery");
        Objects.requireNonNull(interval, "interval");
        if (keepAfterDelivery.isNegative()) {
            throw new IllegalArgumentException("keepAfterDelivery must not be negative");
        }
        if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("interval must be at least 1 second");
        }
    }

    /** 30 days, hourly. */
    public static RetentionSettings defaults() {
        return new RetentionSettings(Duration.ofDays(30), Duration.ofHours(1));
    }
}
