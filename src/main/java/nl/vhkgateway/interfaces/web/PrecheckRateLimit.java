package nl.vhkgateway.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** At most N anonymous pre-checks per client address in a sliding hour. In memory. Thread-safe. */
@ApplicationScoped
public class PrecheckRateLimit {

    private static final Duration WINDOW = Duration.ofHours(1);
    private final Map<String, Deque<Instant>> uses = new ConcurrentHashMap<>();
    private final Clock clock;

    public PrecheckRateLimit() {
        this(Clock.systemUTC());
    }

    PrecheckRateLimit(Clock clock) {
        this.clock = clock;
    }

    public boolean tryAcquire(String address, int perHour) {
        if (uses.size() > 100_000) {
            uses.clear();
        }
        Instant now = clock.instant();
        Deque<Instant> times = uses.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(WINDOW))) {
                times.removeFirst();
            }
            if (times.size() >= perHour) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}
