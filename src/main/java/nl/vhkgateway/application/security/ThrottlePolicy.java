package nl.vhkgateway.application.security;

import java.time.Duration;
import java.util.Objects;

/**
 * How failed logins of one key (an account, or a client address) are slowed down: the first {@code freeFailures}
 * cost nothing; after that each next attempt must wait {@code baseDelay} doubled per further failure (at most
 * {@code maxDelay}); at {@code lockAfterFailures} the key is locked for {@code lockDuration}. A key without failures
 * for {@code lockDuration} is forgotten. Immutable.
 */
public record ThrottlePolicy(int freeFailures, Duration baseDelay, Duration maxDelay, int lockAfterFailures,
                             Duration lockDuration) {

    public ThrottlePolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        Objects.requireNonNull(lockDuration, "lockDuration");
        if (freeFailures < 0 || lockAfterFailures <= freeFailures) {
            throw new IllegalArgumentException("need 0 <= freeFailures < lockAfterFailures");
        }
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0 || lockDuration.isNegative()) {
            throw new IllegalArgumentException("need 0 <= baseDelay <= maxDelay and lockDuration >= 0");
        }
    }

    /** Per account: 5 free failures, then 1 s doubling up to 5 min, locked for 15 min after 20. */
    public static ThrottlePolicy accountDefault() {
        return new ThrottlePolicy(5, Duration.ofSeconds(1), Duration.ofMinutes(5), 20, Duration.ofMinutes(15));
    }

    /** Per client address: 20 free failures, then 1 s doubling up to 5 min, locked for 15 min after 100. */
    public static ThrottlePolicy addressDefault() {
        return new ThrottlePolicy(20, Duration.ofSeconds(1), Duration.ofMinutes(5), 100, Duration.ofMinutes(15));
    }

    /** The wait before the next attempt after {@code failures} failures (zero while they are free). */
    Duration delayAfter(int failures) {
        if (failures < freeFailures || failures == 0) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - freeFailures, 30);
        Duration delay = baseDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
