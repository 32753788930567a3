package nl.vhkgateway.application.screening;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounds on screening one file: the time the whole screening may take and the largest input accepted.
 * Immutable; the constructor fails fast on nonsense values.
 *
 * @param timeout       the deadline for screening one file, from the call until the report (default 30 s)
 * @param maxInputBytes the largest file screened at all (default 25 MB); larger files are INVALID (TOO_LARGE)
 */
public record ScreeningLimits(Duration timeout, long maxInputBytes) {

    /** 30 seconds, 25 MB. */
    public static final ScreeningLimits DEFAULT = new ScreeningLimits(Duration.ofSeconds(30), 25L * 1024 * 1024);

    public ScreeningLimits {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(Duration.ofMinutes(10)) > 0) {
            throw new IllegalArgumentException("screening timeout must be between 0 and 10 minutes, was " + timeout);
        }
        if (maxInputBytes < 1024 || maxInputBytes > 200L * 1024 * 1024) {
            throw new IllegalArgumentException("screening size limit must be between 1 KB and 200 MB, was "
                    + maxInputBytes);
        }
    }

    /** The limit in whole megabytes, for messages. */
    public long maxInputMegabytes() {
        return Math.max(1, maxInputBytes / (1024 * 1024));
    }
}
