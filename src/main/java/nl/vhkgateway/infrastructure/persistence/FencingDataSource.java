package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.application.leadership.Leadership;
import nl.vhkgateway.application.leadership.LeadershipRole;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The fencing check of issue 12 as a DataSource decorator, so that every repository is covered without knowing
 * about it. A thread that works for a {@link LeadershipRole} ({@link #runAs}: the mailbox watchers, their worker
 * pools, the dispatch loops, the scheduled jobs) gets connections on which every transaction that wrote something
 * runs, as its last statement before COMMIT,
 * <pre>UPDATE leader_lease SET fenced_writes = fenced_writes + 1 WHERE role = ? AND holder = ? AND token = ?</pre>
 * with this instance's id and fencing token; when no row matches (another instance acquired the lease since, so the
 * token grew) the transaction is rolled back and a {@link FencedWriteRefusedException} thrown. A single write in
 * auto-commit mode is bracketed into such a transaction. Reads are not touched. When this instance does not hold the
 * role by its own reckoning ({@link Leadership#token}), a write is refused without asking the database.
 *
 * <p>Because the check is an UPDATE of the lease row, it conflicts with a takeover both on one MariaDB (row lock:
 * the takeover waits for the commit in flight, a later commit finds the new token) and on Galera (the row is in both
 * write sets: certification lets only the first commit). Threads not bound to a role (REST requests, start-up, the
 * lease renewal itself) get the delegate's connections unchanged. Thread-safe.
 */
public final class FencingDataSource implements DataSource {

    private static final Logger LOG = Logger.getLogger(FencingDataSource.class.getName());
    private static final ThreadLocal<LeadershipRole> ROLE = new ThreadLocal<>();
    private static final Set<String> WRITES = Set.of("executeUpdate", "executeLargeUpdate", "executeBatch",
            "executeLargeBatch");

    private final DataSource delegate;
    private final Leadership leadership;

    public FencingDataSource(DataSource delegate, Leadership leadership) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.leadership = Objects.requireNonNull(leadership, "leadership");
    }

    /** Runs {@code work} on the calling thread as a worker of {@code role}: its writes are fenced. */
    public static void runAs(LeadershipRole role, Runnable work) {
        Objects.requireNonNull(role, "role");
        LeadershipRole before = ROLE.get();
        ROLE.set(role);
        try {
            work.run();
        } finally {
            if (before == null) {
                ROLE.remove();
            } else {
                ROLE.set(before);
            }
        }
    }

    /**
     * Runs {@code work} without the fencing check: only for recording an effect outside the database that has already
     * happened, such as a mail the SMTP server accepted. Refusing that record would not undo the mail; it would
     * make the next leader send it again once the sending lease has passed. (A write on a connection that is already
     * open in a fenced transaction stays fenced.)
     */
    public static <T> T recordingDoneEffect(java.util.function.Supplier<T> work) {
        LeadershipRole before = ROLE.get();
        ROLE.remove();
        try {
            return work.get();
        } finally {
            if (before != null) {
                ROLE.set(before);
            }
        }
    }

    /** The claimant of outbox messages on this data source's worker threads (issue 12, prompt takeover). */
    public LeadershipClaimant claimant() {
        return new LeadershipClaimant(leadership);
    }

    /** The role the calling thread works for, if any. */
    public static Optional<LeadershipRole> currentRole() {
        return Optional.ofNullable(ROLE.get());
    }

    @Override
    public Connection getConnection() throws SQLException {
        return fenced(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return fenced(delegate.getConnection(username, password));
    }

    private Connection fenced(Connection connection) {
        LeadershipRole role = ROLE.get();
        if (role == null) {
            return connection;
        }
        return (Connection) Proxy.newProxyInstance(FencingDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new FencedConnection(connection, role));
    }

    /** The check itself, on the worker's connection inside its open transaction. */
    private void check(Connection connection, LeadershipRole role) throws SQLException {
        Optional<Long> token = leadership.token(role);
        if (token.isEmpty()) {
            throw refused(role, "this instance does not hold the lease");
        }
        try (PreparedStatement fence = connection.prepareStatement(JdbcLeaseStore.FENCE_SQL)) {
            fence.setString(1, role.key());
            fence.setString(2, leadership.instanceId());
            fence.setLong(3, token.get());
            if (fence.executeUpdate() != 1) {
                throw refused(role, "fencing token " + token.get() + " is stale");
            }
        }
    }

    private static FencedWriteRefusedException refused(LeadershipRole role, String why) {
        LOG.warning(() -> "Write of a " + role.key() + " worker refused and rolled back: " + why
                + " (another instance leads " + role.key() + ")");
        return new FencedWriteRefusedException("Not the leader of " + role.key() + ": " + why);
    }

    private final class FencedConnection implements InvocationHandler {
        private final Connection real;
        private final LeadershipRole role;
        private boolean wrote;

        FencedConnection(Connection real, LeadershipRole role) {
            this.real = real;
            this.role = role;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "commit" -> {
                    if (!real.getAutoCommit()) {
                        fenceOrRollback();
                    }
                    real.commit();
                    wrote = false;
                    return null;
                }
                case "rollback" -> {
                    if (args == null || args.length == 0) {
                        wrote = false;
                    }
                    return call(real, method, args);
                }
                case "setAutoCommit" -> {
                    if ((Boolean) args[0] && !real.getAutoCommit()) {
                        fenceOrRollback(); // switching auto-commit on commits the open transaction
                    }
                    real.setAutoCommit((Boolean) args[0]);
                    wrote = false;
                    return null;
                }
                case "createStatement", "prepareStatement", "prepareCall" -> {
                    Statement statement = (Statement) call(real, method, args);
                    Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
                            : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
                    return Proxy.newProxyInstance(FencingDataSource.class.getClassLoader(), new Class<?>[] {type},
                            new FencedStatement(statement, (Connection) proxy));
                }
                case "unwrap" -> {
                    return real.unwrap((Class<?>) args[0]);
                }
                case "isWrapperFor" -> {
                    return real.isWrapperFor((Class<?>) args[0]);
                }
                case "equals" -> {
                    return proxy == args[0];
                }
                case "hashCode" -> {
                    return System.identityHashCode(proxy);
                }
                case "toString" -> {
                    return "fenced(" + role.key() + ") " + real;
                }
                default -> {
                    return call(real, method, args);
                }
            }
        }

        private void fenceOrRollback() throws SQLException {
            if (!wrote) {
                return;
            }
            try {
                check(real, role);
            } catch (SQLException | RuntimeException e) {
                wrote = false;
                try {
                    real.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            }
        }

        /** A write statement: inside a transaction it is remembered; in auto-commit mode it gets its own fenced one. */
        Object write(Statement statement, Method method, Object[] args, boolean knownWrite) throws Throwable {
            if (!real.getAutoCommit()) {
                Object result = call(statement, method, args);
                wrote |= knownWrite || Boolean.FALSE.equals(result);
                return result;
            }
            real.setAutoCommit(false);
            try {
                Object result = call(statement, method, args);
                wrote = knownWrite || Boolean.FALSE.equals(result);
                fenceOrRollback();
                real.setAutoCommit(true); // commits: one round trip instead of COMMIT plus set autocommit=1
                return result;
            } catch (Throwable e) {
                try {
                    real.rollback();
                } catch (SQLException rollback) {
                    e.addSuppressed(rollback);
                }
                throw e;
            } finally {
                wrote = false;
                real.setAutoCommit(true); // after a failure: back to auto-commit (a no-op after the commit above)
            }
        }

        private final class FencedStatement implements InvocationHandler {
            private final Statement statement;
            private final Connection connectionProxy;

            FencedStatement(Statement statement, Connection connectionProxy) {
                this.statement = statement;
                this.connectionProxy = connectionProxy;
            }

            @Override
            public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
                String name = method.getName();
                if (WRITES.contains(name)) {
                    return write(statement, method, args, true);
                }
                if (name.equals("execute")) {
                    return write(statement, method, args, false);
                }
                return switch (name) {
                    case "getConnection" -> connectionProxy;
                    case "unwrap" -> statement.unwrap((Class<?>) args[0]);
                    case "isWrapperFor" -> statement.isWrapperFor((Class<?>) args[0]);
                    case "equals" -> proxy == args[0];
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> call(statement, method, args);
                };
            }
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : delegate.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || delegate.isWrapperFor(iface);
    }
}
