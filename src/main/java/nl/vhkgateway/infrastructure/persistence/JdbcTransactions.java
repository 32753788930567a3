package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.application.UnitOfWork;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Plain-JDBC transactions on a {@link DataSource}: {@link #inTransaction} binds one connection (auto-commit off, the
 * transaction READ COMMITTED) to the current thread, for every instance on the same data source; repositories use it
 * through {@link #withConnection} and otherwise get a short-lived auto-commit connection. Meant for threads without a
 * container (JTA) transaction, such as the mailbox watcher on a ManagedThreadFactory thread.
 *
 * <p>A transaction that the database aborted because of a write conflict (an InnoDB deadlock or, on Galera, a
 * certification conflict: error 1213) is run again, the whole {@code work}, at most {@link WriteConflicts#MAX_RUNS}
 * times in all, each retry logged; so the work must not have effects outside the database that a second run would
 * repeat. Thread-safe.
 */
public final class JdbcTransactions implements UnitOfWork {

    /**
     * The transaction open on this thread, with its data source: shared by every instance on the same data source,
     * so repositories wired with different instances (e.g. the screening intake's and the pipeline's) still join one
     * transaction instead of opening a second one that would wait for the first one's row locks.
     */
    private static final ThreadLocal<Bound> CURRENT = new ThreadLocal<>();

    private final DataSource dataSource;

    public JdbcTransactions(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Work on a JDBC connection that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    private record Bound(DataSource dataSource, Connection connection) {
    }

    /** The connection of this thread's open transaction on this data source, or null. */
    private Connection current() {
        Bound bound = CURRENT.get();
        return bound != null && bound.dataSource() == dataSource ? bound.connection() : null;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current() != null) {
            return work.get();
        }
        return WriteConflicts.retry("A transaction", () -> once(work));
    }

    private <T> T once(Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            readCommittedForThisTransaction(connection);
            Bound outer = CURRENT.get(); // a transaction on another data source, if any
            CURRENT.set(new Bound(dataSource, connection));
            try {
                T result = work.get();
                commit(connection, autoCommit);
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                if (outer == null) {
                    CURRENT.remove();
                } else {
                    CURRENT.set(outer);
                }
                restoreQuietly(connection, autoCommit);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Transaction failed: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} on the current transaction's connection, or on a fresh auto-commit connection. */
    public <T> T withConnection(SqlWork<T> work) {
        Connection bound = current();
        try {
            if (bound != null) {
                return work.apply(bound);
            }
            try (Connection connection = dataSource.getConnection()) {
                return work.apply(connection);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Database operation failed: " + e.getMessage(), e);
        }
    }

    /** True when the calling thread is inside {@link #inTransaction}. */
    public boolean inTransaction() {
        return current() != null;
    }

    /**
     * READ COMMITTED for the next transaction only ({@code SET TRANSACTION} without {@code SESSION}): the connection's
     * own level stays as the pool handed it out, so nothing needs restoring afterwards. One round trip instead of the
     * two of {@code setTransactionIsolation} there and back (issue 13). Must run before the transaction's first
     * statement.
     */
    private static void readCommittedForThisTransaction(Connection connection) throws SQLException {
        // not asked first: getTransactionIsolation() is a round trip of its own with this driver
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION ISOLATION LEVEL READ COMMITTED");
        }
    }

    /**
     * Commits. A connection that came in auto-commit mode is committed by switching auto-commit back on (JDBC: a
     * change of the mode during a transaction commits it; MariaDB: {@code set autocommit=1} commits): one round trip
     * instead of {@code COMMIT} plus {@code set autocommit=1} (issue 13). The fenced connection checks its lease on
     * this switch as on a commit. When the switch fails the server keeps auto-commit off and the transaction open,
     * so the rollback and the restore below still apply.
     */
    static void commit(Connection connection, boolean autoCommitBefore) throws SQLException {
        if (autoCommitBefore) {
            connection.setAutoCommit(true);
        } else {
            connection.commit();
        }
    }

    /** Hands the connection back as it came; a broken connection must not hide the original failure. */
    private static void restoreQuietly(Connection connection, boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException ignored) {
            // the pool discards a broken connection
        }
    }

    private static void rollbackQuietly(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
