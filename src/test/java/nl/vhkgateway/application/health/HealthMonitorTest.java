package nl.vhkgateway.application.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HealthMonitorTest {

    private final ExecutorService executor = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    /** A dependency whose state the test switches; counts how often it was checked. */
    private static final class Switchable implements DependencyCheck {
        private final String name;
        final AtomicBoolean up = new AtomicBoolean(true);
        final AtomicInteger checks = new AtomicInteger();

        Switchable(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void check() throws IOException {
            checks.incrementAndGet();
            if (!up.get()) {
                throw new IOException(name + " unreachable");
            }
        }
    }

    /** A clock the test moves. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void upOnlyWhenEveryDependencyIsUp() {
        Switchable database = new Switchable("database");
        Switchable smtp = new Switchable("smtp");
        HealthMonitor monitor = new HealthMonitor(List.of(database, smtp), executor, Duration.ZERO,
                Duration.ofSeconds(2), Clock.systemUTC());

        assertEquals(HealthStatus.UP, monitor.report().status());

        smtp.up.set(false);
        HealthReport report = monitor.report();
        assertEquals(HealthStatus.DOWN, report.status());
        assertEquals(HealthStatus.UP, report.components().get("database"));
        assertEquals(HealthStatus.DOWN, report.components().get("smtp"));
        assertEquals(List.of("database", "smtp"), List.copyOf(report.components().keySet()));
    }

    @Test
    void aDegradedCheckMakesTheGatewayDegradedWithItsReasonButDownStillWins() {
        Switchable database = new Switchable("database");
        AtomicBoolean reconnecting = new AtomicBoolean(true);
        DependencyCheck watcher = new DependencyCheck() {
            @Override
            public String name() {
                return "intakeWorkers";
            }

            @Override
            public void check() throws DegradedException {
                if (reconnecting.get()) {
                    throw new DegradedException("intake mailbox watcher reconnecting; next attempt at 2026-12-05T05:00:02Z");
                }
            }
        };
        HealthMonitor monitor = new HealthMonitor(List.of(database, watcher), executor, Duration.ZERO,
                Duration.ofSeconds(2), Clock.systemUTC());

        HealthReport degraded = monitor.report();
        assertEquals(HealthStatus.DEGRADED, degraded.status());
        assertEquals(HealthStatus.DEGRADED, degraded.components().get("intakeWorkers"));
        assertEquals("intake mailbox watcher reconnecting; next attempt at 2026-12-05T05:00:02Z",
                degraded.degradations().get("intakeWorkers"));

        database.up.set(false);
        assertEquals(HealthStatus.DOWN, monitor.report().status());

        database.up.set(true);
        reconnecting.set(false);
        HealthReport up = monitor.report();
        assertEquals(HealthStatus.UP, up.status());
        assertEquals(java.util.Map.of(), up.degradations());
    }

    @Test
    void aHangingCheckCountsAsDownWithinTheTimeout() {
        CountDownLatch never = new CountDownLatch(1);
        DependencyCheck hanging = new DependencyCheck() {
            @Override
            public String name() {
                return "intakeMailbox";
            }

            @Override
            public void check() throws InterruptedException {
                never.await();
            }
        };
        HealthMonitor monitor = new HealthMonitor(List.of(hanging, new Switchable("database")), executor,
                Duration.ZERO, Duration.ofMillis(300), Clock.systemUTC());

        long start = System.nanoTime();
        HealthReport report = monitor.report();
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertEquals(HealthStatus.DOWN, report.components().get("intakeMailbox"));
        assertEquals(HealthStatus.UP, report.components().get("database"));
        assertTrue(tookMillis < 2_000, "took " + tookMillis + " ms");
    }

    @Test
    void aReportIsReusedWithinTheCachePeriodOnly() {
        Switchable database = new Switchable("database");
        MovableClock clock = new MovableClock();
        HealthMonitor monitor = new HealthMonitor(List.of(database), executor, Duration.ofSeconds(5),
                Duration.ofSeconds(2), clock);

        HealthReport first = monitor.report();
        clock.advance(Duration.ofSeconds(4));
        assertSame(first, monitor.report());
        assertEquals(1, database.checks.get());

        database.up.set(false);
        clock.advance(Duration.ofSeconds(1));
        assertEquals(HealthStatus.DOWN, monitor.report().status());
        assertEquals(2, database.checks.get());
    }
}
