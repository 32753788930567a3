package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.application.UnitOfWork;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Plain-JDBC transactions on a {@link DataSource}: {@link #inTransaction} binds one connection (READ COMMITTED,
 * auto-commit off) to the current thread; repositories use it through {@link #withConnection} and otherwise get a
 * short-lived auto-commit connection. Meant for threads without a container (JTA) transaction, such as the mailbox
 * watcher on a ManagedThreadFactory thread.
 *
 * <p>A transaction that the database aborted because of a write conflict (an InnoDB deadlock or, on Galera, a
 * certification conflict: error 1213) is run again, the whole {@code work}, at most {@link WriteConflicts#MAX_RUNS}
 * times in all, each retry logged; so the work must not have effects outside the database that a second run would
 * repeat. Thread-safe.
 */
public final class JdbcTransactions implements UnitOfWork {

    private final DataSource dataSource;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    public JdbcTransactions(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Work on a JDBC connection that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T apply(Connection connection) throws SQLException;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (current.get() != null) {
            return work.get();
        }
        return WriteConflicts.retry("A transaction", () -> once(work));
    }

    private <T> T once(Supplier<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            connection.setAutoCommit(false);
            current.set(connection);
            try {
                T result = work.get();
                connection.commit();
                return result;
            } catch (RuntimeException | Error e) {
                rollbackQuietly(connection, e);
                throw e;
            } finally {
                current.remove();
                restoreQuietly(connection, autoCommit, isolation);
            }
        } catch (SQLException e) {
            throw new DataAccessException("Transaction failed: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} on the current transaction's connection, or on a fresh auto-commit connection. */
    public <T> T withConnection(SqlWork<T> work) {
        Connection bound = current.get();
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
        return current.get() != null;
    }

    /** Hands the connection back as it came; a broken connection must not hide the original failure. */
    private static void restoreQuietly(Connection connection, boolean autoCommit, int isolation) {
        try {
            connection.setAutoCommit(autoCommit);
            connection.setTransactionIsolation(isolation);
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
