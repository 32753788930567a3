package nl.vhkgateway.application.metrics;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The gateway's own work in figures, as stored (so they survive a restart): counters since the first submission
 * and gauges of now. No personal data: numbers only.
 */
public interface WorkFigures {

    Snapshot read(Instant now);

    /**
     * @param received          intake submissions ever received
     * @param decisions         how often each decision was taken ("accepted", "refused", "quarantined")
     * @param errors            how often a submission failed into ERROR
     * @param byState           submissions per state now
     * @param outboxPending     outgoing messages not yet sent (PENDING or SENDING)
     * @param oldestPendingAge  how long the oldest of them waits
     */
    record Snapshot(long received, Map<String, Long> decisions, long errors, Map<String, Long> byState,
                    long outboxPending, Optional<Duration> oldestPendingAge) {

        public Snapshot {
            decisions = Map.copyOf(decisions);
            byState = Map.copyOf(byState);
            Objects.requireNonNull(oldestPendingAge, "oldestPendingAge");
        }
    }
}
