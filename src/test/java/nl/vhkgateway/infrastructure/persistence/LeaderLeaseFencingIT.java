package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.application.leadership.Leadership;
import nl.vhkgateway.application.leadership.LeadershipRole;
import nl.vhkgateway.application.leadership.Lease;
import nl.vhkgateway.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Leadership with fencing on the real MariaDB (issue 12): two instances ({@link Leadership} objects with their own
 * instance ids) share the {@code leader_lease} rows. A's own clock is frozen, so A keeps believing it leads, as a
 * process does that was paused (SIGSTOP) past its lease and wakes up: only the database's fencing check stops it.
 */
class LeaderLeaseFencingIT {

    /** Short, so that expiry in the takeover tests takes a moment; the tests wait for it by polling, bounded. */
    private static final Duration LEASE = Duration.ofSeconds(2);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private DataSource dataSource;
    private JdbcLeaseStore store;
    private final AtomicLong frozenNanos = new AtomicLong(System.nanoTime());

    @BeforeEach
    void freshDatabase() {
        dataSource = TestDatabase.fresh("leader_lease");
        store = new JdbcLeaseStore(dataSource);
        TestDatabase.execute(dataSource, "CREATE TABLE fence_probe (id INT NOT NULL PRIMARY KEY, v VARCHAR(20) NOT NULL)");
    }

    @Test
    void aSingleInstanceLeadsEveryRoleOnItsFirstTick() {
        Leadership single = new Leadership("single", store, Duration.ofSeconds(15));
        single.tick();
        for (LeadershipRole role : LeadershipRole.values()) {
            assertTrue(single.holds(role), role + " held at once");
            assertEquals(Optional.of("single"), single.read(role).currentHolder());
        }
    }

    @Test
    void ofTwoInstancesOnlyOneLeadsAndTheOtherStandsBy() {
        Leadership a = new Leadership("instance-a", store, Duration.ofSeconds(15));
        Leadership b = new Leadership("instance-b", store, Duration.ofSeconds(15));
        a.tick();
        b.tick();
        a.tick(); // renewal
        b.tick();
        for (LeadershipRole role : LeadershipRole.values()) {
            assertTrue(a.holds(role));
            assertFalse(b.holds(role), "b must not lead " + role + " while a's lease is current");
            assertFalse(b.confirm(role));
            assertTrue(a.confirm(role));
        }
    }

    @Test
    void aStaleLeadersTransactionIsRefusedAtCommitAfterATakeover() throws Exception {
        Leadership a = pausedInstance("instance-a");
        Leadership b = new Leadership("instance-b", store, LEASE);
        a.tick();
        long tokenA = a.token(LeadershipRole.INTAKE).orElseThrow();
        JdbcTransactions workerJdbc = new JdbcTransactions(new FencingDataSource(dataSource, a));
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch takenOver = new CountDownLatch(1);

        // A's worker writes inside its transaction, then "pauses" (the latch) before it commits
        CompletableFuture<Void> worker = CompletableFuture.runAsync(() -> FencingDataSource.runAs(
                LeadershipRole.INTAKE, () -> workerJdbc.run(() -> {
                    insertProbe(workerJdbc, 1, "stale");
                    written.countDown();
                    await(takenOver);
                }))); // commit: the fencing check runs here
        assertTrue(written.await(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        waitUntilLeads(b, LeadershipRole.INTAKE); // A's lease ran out (A did not renew: paused); B took over
        long tokenB = b.token(LeadershipRole.INTAKE).orElseThrow();
        assertTrue(tokenB > tokenA, "the fencing token grows on every acquisition: " + tokenA + " -> " + tokenB);
        assertTrue(a.token(LeadershipRole.INTAKE).isPresent(), "paused A still believes it leads");
        takenOver.countDown();

        ExecutionException failure = assertThrows(ExecutionException.class, worker::get);
        assertTrue(causes(failure).stream().anyMatch(FencedWriteRefusedException.class::isInstance),
                "refused by the fencing check: " + failure.getCause());
        assertEquals(0, countProbes(), "the stale leader's write was rolled back");
    }

    @Test
    void aStaleLeadersAutoCommitWriteIsRefusedButItsReadsAreNot() throws Exception {
        Leadership a = pausedInstance("instance-a");
        Leadership b = new Leadership("instance-b", store, LEASE);
        a.tick();
        DataSource fenced = new FencingDataSource(dataSource, a);
        JdbcTransactions workerJdbc = new JdbcTransactions(fenced);
        runAsIntake(() -> insertProbe(workerJdbc, 1, "before")); // while A leads: passes the check
        assertEquals(1, countProbes());

        waitUntilLeads(b, LeadershipRole.INTAKE);
        CompletableFuture<Void> staleWrite = CompletableFuture.runAsync(() -> runAsIntake(
                () -> insertProbe(workerJdbc, 2, "stale")));
        ExecutionException failure = assertThrows(ExecutionException.class, staleWrite::get);
        assertTrue(causes(failure).stream().anyMatch(FencedWriteRefusedException.class::isInstance));
        assertEquals(1, countProbes(), "nothing of the stale write remains");
        CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> {
            int[] count = new int[1];
            runAsIntake(() -> count[0] = workerJdbc.withConnection(c -> {
                try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM fence_probe");
                     ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }));
            return count[0];
        });
        assertEquals(1, read.get());

        // B's workers write with B's token
        JdbcTransactions bJdbc = new JdbcTransactions(new FencingDataSource(dataSource, b));
        CompletableFuture.runAsync(() -> runAsIntake(() -> insertProbe(bJdbc, 3, "new leader"))).get();
        assertEquals(2, countProbes());
    }

    @Test
    void aTakeoverWaitsForTheOldLeadersCommitInFlightSoNoWriteSlipsPastIt() throws Exception {
        // the other order: A's transaction passed the check first; B's acquisition (an UPDATE of the same row)
        // is ordered after A's commit, never between A's check and A's commit
        Leadership a = pausedInstance("instance-a");
        a.tick();
        JdbcTransactions workerJdbc = new JdbcTransactions(new FencingDataSource(dataSource, a));
        runAsIntake(() -> workerJdbc.run(() -> insertProbe(workerJdbc, 1, "in time")));
        Lease lease = store.read(LeadershipRole.INTAKE);
        assertEquals(Optional.of("instance-a"), lease.holder());
        assertEquals(1, countProbes());
        assertEquals(1, fencedWrites(LeadershipRole.INTAKE), "the commit ran the fencing check once");
    }

    @Test
    void aCleanReleaseHandsOverAtOnceWithoutWaitingForExpiry() {
        Leadership a = new Leadership("instance-a", store, Duration.ofMinutes(5));
        Leadership b = new Leadership("instance-b", store, Duration.ofMinutes(5));
        a.tick();
        b.tick();
        assertFalse(b.holds(LeadershipRole.JOBS));
        long before = a.token(LeadershipRole.JOBS).orElseThrow();

        a.releaseAll();
        assertFalse(a.holds(LeadershipRole.JOBS));
        assertEquals(Optional.empty(), store.read(LeadershipRole.JOBS).holder());
        b.tick(); // b's next tick, not a 5-minute expiry
        for (LeadershipRole role : LeadershipRole.values()) {
            assertTrue(b.holds(role), "b leads " + role + " right after a's release");
        }
        assertTrue(b.token(LeadershipRole.JOBS).orElseThrow() > before);
    }

    @Test
    void aRenewalAfterATakeoverFailsAndTheOldLeaderLearnsItLostTheRole() {
        Leadership a = pausedInstance("instance-a");
        Leadership b = new Leadership("instance-b", store, LEASE);
        a.tick();
        List<String> changes = new java.util.concurrent.CopyOnWriteArrayList<>();
        a.onChange((role, leads) -> changes.add(role.key() + "=" + leads));
        waitUntilLeads(b, LeadershipRole.HANDOVER);
        a.tick(); // A wakes up and tries to renew
        assertFalse(a.holds(LeadershipRole.HANDOVER));
        assertTrue(changes.contains("handover=false"), changes.toString());
        assertTrue(b.holds(LeadershipRole.HANDOVER));
    }

    /** An instance whose monotonic clock stands still: it never sees its own lease run out. */
    private Leadership pausedInstance(String id) {
        return new Leadership(id, store, LEASE, frozenNanos::get);
    }

    private static void waitUntilLeads(Leadership instance, LeadershipRole role) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!instance.holds(role)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(instance.instanceId() + " did not take over " + role + " within " + PATIENCE);
            }
            instance.tick();
            if (!instance.holds(role)) {
                try {
                    Thread.sleep(100); // polling for the database's clock to pass the expiry, not a timed assertion
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError(e);
                }
            }
        }
    }

    private static void runAsIntake(Runnable work) {
        FencingDataSource.runAs(LeadershipRole.INTAKE, work);
    }

    private static void insertProbe(JdbcTransactions jdbc, int id, String value) {
        jdbc.withConnection(c -> {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO fence_probe (id, v) VALUES (?, ?)")) {
                insert.setInt(1, id);
                insert.setString(2, value);
                return insert.executeUpdate();
            }
        });
    }

    private int countProbes() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM fence_probe");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private long fencedWrites(LeadershipRole role) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT fenced_writes FROM leader_lease WHERE role = ?")) {
            s.setString(1, role.key());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> chain = new java.util.ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
