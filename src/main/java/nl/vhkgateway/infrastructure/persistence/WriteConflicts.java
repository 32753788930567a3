package nl.vhkgateway.infrastructure.persistence;

import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Transactions that MariaDB aborted so that they may simply run again: an InnoDB deadlock and, on Galera, a
 * certification conflict or a brute-force abort by a replicated write ("WSREP detected deadlock/conflict"), both
 * error 1213 / SQLSTATE 40001. {@link #retry} runs a whole transaction again a bounded number of times, with a short
 * random pause, and logs each retry. A {@link FencedWriteRefusedException} is never a conflict. Stateless.
 */
final class WriteConflicts {

    private static final Logger LOG = Logger.getLogger(WriteConflicts.class.getName());
    /** Runs of one transaction at most (the first and three retries). */
    static final int MAX_RUNS = 4;
    private static final int ER_LOCK_DEADLOCK = 1213;

    private WriteConflicts() {
    }

    /** True when {@code failure} or one of its causes is a deadlock or certification conflict. */
    static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof FencedWriteRefusedException) {
                return false;
            }
            if (t instanceof SQLException sql) {
                for (SQLException e = sql; e != null; e = e.getNextException()) {
                    if (e.getErrorCode() == ER_LOCK_DEADLOCK || "40001".equals(e.getSQLState())) {
                        return true;
                    }
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    /**
     * Runs {@code transaction} (which must roll back completely when it throws) and runs it again after a
     * conflict, at most {@link #MAX_RUNS} times in all; other failures and the last conflict are thrown.
     */
    static <T> T retry(String what, Supplier<T> transaction) {
        for (int run = 1; ; run++) {
            try {
                return transaction.get();
            } catch (RuntimeException e) {
                if (run >= MAX_RUNS || !isConflict(e)) {
                    if (run > 1 && isConflict(e)) {
                        LOG.warning(() -> what + ": still a write conflict after " + MAX_RUNS + " runs; giving up");
                    }
                    throw e;
                }
                int next = run + 1;
                LOG.info(() -> what + " aborted by a write conflict (deadlock or Galera certification); run "
                        + next + " of " + MAX_RUNS);
                pause(run);
            }
        }
    }

    private static void pause(int run) {
        long millis = ThreadLocalRandom.current().nextLong(5, 25L * run + 5);
        try {
            Thread.sleep(Duration.ofMillis(millis).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DataAccessException("Interrupted while waiting to retry a transaction", e);
        }
    }
}
