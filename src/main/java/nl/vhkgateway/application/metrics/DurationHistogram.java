package nl.vhkgateway.application.metrics;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * A histogram of durations with fixed upper bounds (seconds), as Prometheus counts them: each bucket counts the
 * observations at or below its bound (cumulative), plus the count and sum of all. Lock-free and thread-safe.
 */
public final class DurationHistogram {

    /** Screening a card takes from tens of milliseconds to the 30-second limit. */
    public static final List<Double> SCREENING_BOUNDS = List.of(0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0);

    private final List<Double> bounds;
    private final LongAdder[] buckets;
    private final LongAdder count = new LongAdder();
    private final LongAdder sumNanos = new LongAdder();

    public DurationHistogram(List<Double> bounds) {
        this.bounds = List.copyOf(bounds);
        for (int i = 1; i < this.bounds.size(); i++) {
            if (this.bounds.get(i) <= this.bounds.get(i - 1)) {
                throw new IllegalArgumentException("bounds must rise: " + bounds);
            }
        }
        buckets = new LongAdder[this.bounds.size()];
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    public void observe(Duration duration) {
        long nanos = Math.max(0, duration.toNanos());
        double seconds = nanos / 1e9;
        for (int i = 0; i < buckets.length; i++) {
            if (seconds <= bounds.get(i)) {
                buckets[i].increment();
            }
        }
        count.increment();
        sumNanos.add(nanos);
    }

    public List<Double> bounds() {
        return bounds;
    }

    /** Observations at or below bound {@code i} (cumulative). */
    public long cumulative(int i) {
        return buckets[i].sum();
    }

    public long count() {
        return count.sum();
    }

    public double sumSeconds() {
        return sumNanos.sum() / 1e9;
    }
}
