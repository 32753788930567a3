package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.testsupport.LogCapture;
import nl.vhkgateway.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link JdbcTransactions} runs a transaction again when the database aborted it for a write conflict (a real
 * InnoDB deadlock here; on Galera a certification conflict has the same error, 1213), bounded, and logs it; other
 * failures and a fencing refusal are not retried.
 */
class WriteConflictsIT {

    private DataSource dataSource;
    private JdbcTransactions jdbc;

    @BeforeEach
    void freshDatabase() {
        dataSource = TestDatabase.fresh("write_conflicts");
        jdbc = new JdbcTransactions(dataSource);
        TestDatabase.execute(dataSource,
                "CREATE TABLE conflict_probe (id INT NOT NULL PRIMARY KEY, n INT NOT NULL)",
                "INSERT INTO conflict_probe VALUES (1, 0), (2, 0)");
    }

    @Test
    void twoTransactionsThatDeadlockBothCommitBecauseTheVictimRunsAgain() throws Exception {
        CyclicBarrier bothLockedOneRow = new CyclicBarrier(2);
        AtomicInteger runs = new AtomicInteger();
        try (LogCapture log = new LogCapture()) {
            CompletableFuture<Void> first = CompletableFuture.runAsync(() -> crossUpdate(1, 2, bothLockedOneRow, runs));
            CompletableFuture<Void> second = CompletableFuture.runAsync(() -> crossUpdate(2, 1, bothLockedOneRow, runs));
            first.get(120, TimeUnit.SECONDS);
            second.get(120, TimeUnit.SECONDS);
            assertTrue(runs.get() >= 3, "the deadlock victim ran again (runs: " + runs.get() + ")");
            assertTrue(log.lines().stream().anyMatch(l -> l.contains("aborted by a write conflict")), "retry logged");
        }
        assertEquals(2, value(1), "both transactions' increments of row 1 are there");
        assertEquals(2, value(2));
    }

    @Test
    void aFailureThatIsNoConflictIsNotRetried() {
        AtomicInteger runs = new AtomicInteger();
        assertThrows(DataAccessException.class, () -> jdbc.run(() -> {
            runs.incrementAndGet();
            jdbc.withConnection(c -> c.prepareStatement("INSERT INTO conflict_probe VALUES (1, 1)").executeUpdate());
        }));
        assertEquals(1, runs.get());
    }

    @Test
    void conflictsAreRecognisedByErrorCodeAndAFencingRefusalNever() {
        assertTrue(WriteConflicts.isConflict(new DataAccessException("x",
                new SQLException("Deadlock found when trying to get lock; try restarting transaction", "40001", 1213))));
        assertTrue(WriteConflicts.isConflict(new PersistenceException("x",
                new SQLException("WSREP detected deadlock/conflict and aborted the transaction. Try restarting the transaction", "40001", 1213))));
        assertFalse(WriteConflicts.isConflict(new DataAccessException("x", new SQLException("Duplicate entry", "23000", 1062))));
        assertFalse(WriteConflicts.isConflict(new DataAccessException("x", new FencedWriteRefusedException("stale"))));
        AtomicInteger runs = new AtomicInteger();
        assertThrows(DataAccessException.class, () -> WriteConflicts.retry("test", () -> {
            runs.incrementAndGet();
            throw new DataAccessException("x", new SQLException("deadlock", "40001", 1213));
        }));
        assertEquals(WriteConflicts.MAX_RUNS, runs.get(), "bounded");
    }

    private void crossUpdate(int firstRow, int secondRow, CyclicBarrier barrier, AtomicInteger runs) {
        jdbc.run(() -> {
            int run = runs.incrementAndGet();
            increment(firstRow);
            if (run <= 2) { // only the first run of each waits for the other: the retry must not wait again
                try {
                    barrier.await(60, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            increment(secondRow);
        });
    }

    private void increment(int row) {
        jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("UPDATE conflict_probe SET n = n + 1 WHERE id = ?")) {
                s.setInt(1, row);
                return s.executeUpdate();
            }
        });
    }

    private int value(int row) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT n FROM conflict_probe WHERE id = ?")) {
            s.setInt(1, row);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
