package nl.vhkgateway.application.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * Runs every {@link DependencyCheck} in parallel with one deadline and caches the report for a short time, so that a
 * busy health endpoint cannot flood the mail server or the database. At most one round of checks runs at a time;
 * callers that arrive meanwhile wait for it (at most the timeout). A check that fails or exceeds the deadline counts
 * as DOWN; a change of status is logged once with its cause. Thread-safe.
 */
public final class HealthMonitor {

    private static final Logger LOG = Logger.getLogger(HealthMonitor.class.getName());

    private final List<DependencyCheck> checks;
    private final ExecutorService executor;
    private final Duration cacheFor;
    private final Duration timeout;
    private final Clock clock;
    private final Map<String, HealthStatus> lastLogged = new ConcurrentHashMap<>();
    private HealthReport cached;

    /**
     * @param checks   the dependencies, in report order
     * @param executor runs the checks (in the container a ManagedExecutorService; not shut down here)
     * @param cacheFor how long a report is reused ({@link Duration#ZERO}: never)
     * @param timeout  deadline for one round of checks
     * @param clock    time source
     */
    public HealthMonitor(List<DependencyCheck> checks, ExecutorService executor, Duration cacheFor,
                         Duration timeout, Clock clock) {
        this.checks = List.copyOf(checks);
        this.executor = Objects.requireNonNull(executor, "executor");
        this.cacheFor = Objects.requireNonNull(cacheFor, "cacheFor");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @return a report no older than the cache period */
    public synchronized HealthReport report() {
        Instant now = clock.instant();
        if (cached == null || !now.isBefore(cached.checkedAt().plus(cacheFor))) {
            cached = checkAll(now);
        }
        return cached;
    }

    private HealthReport checkAll(Instant now) {
        List<Future<?>> futures = new ArrayList<>(checks.size());
        for (DependencyCheck check : checks) {
            futures.add(executor.submit(() -> {
                check.check();
                return null;
            }));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        Map<String, HealthStatus> statuses = new LinkedHashMap<>();
        Map<String, String> degradations = new LinkedHashMap<>();
        for (int i = 0; i < checks.size(); i++) {
            DependencyCheck check = checks.get(i);
            Optional<Failure> failure = await(futures.get(i), deadline);
            HealthStatus status = failure.map(Failure::status).orElse(HealthStatus.UP);
            statuses.put(check.name(), status);
            if (status == HealthStatus.DEGRADED) {
                degradations.put(check.name(), failure.get().text());
            }
            logChange(check.name(), status, failure.map(Failure::text));
        }
        return new HealthReport(statuses, degradations, now);
    }

    /** Why a check did not report UP: DOWN (it failed) or DEGRADED ({@link DegradedException}). */
    private record Failure(HealthStatus status, String text) {
        static Failure down(String text) {
            return new Failure(HealthStatus.DOWN, text);
        }
    }

    private static Optional<Failure> await(Future<?> future, long deadline) {
        try {
            future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return Optional.empty();
        } catch (TimeoutException e) {
            future.cancel(true);
            return Optional.of(Failure.down("no answer within the health timeout"));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof DegradedException degraded) {
                return Optional.of(new Failure(HealthStatus.DEGRADED, degraded.getMessage()));
            }
            return Optional.of(Failure.down(cause.getClass().getSimpleName() + ": " + cause.getMessage()));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return Optional.of(Failure.down("interrupted"));
        } catch (RuntimeException e) {
            return Optional.of(Failure.down(e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }

    private void logChange(String name, HealthStatus status, Optional<String> failure) {
        HealthStatus previous = lastLogged.put(name, status);
        if (status != HealthStatus.UP && previous != status) {
            LOG.warning(() -> "Health: " + name + " is " + status + " ("
                    + failure.orElse("") + ")");
        } else if (status == HealthStatus.UP && previous != null && previous != HealthStatus.UP) {
            LOG.info(() -> "Health: " + name + " is UP again");
        }
    }
}
