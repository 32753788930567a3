package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.application.leadership.Lease;
import nl.vhkgateway.application.leadership.LeadershipRole;
import nl.vhkgateway.application.leadership.LeaseStore;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The leases in table {@code leader_lease} (migration V16). Expiry is compared with the database's {@code NOW(6)},
 * so the gateway instances' clocks do not matter. Each call is its own short transaction on its own connection; give
 * it the plain DataSource, not the {@link FencingDataSource}. Thread-safe.
 */
public final class JdbcLeaseStore implements LeaseStore {

    /** The fencing check every worker write runs in its own transaction (see {@link FencingDataSource}). */
    static final String FENCE_SQL =
            "UPDATE leader_lease SET fenced_writes = fenced_writes + 1 WHERE role = ? AND holder = ? AND token = ?";

    private final DataSource dataSource;

    public JdbcLeaseStore(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public Optional<Long> tryAcquire(LeadershipRole role, String holder, Duration duration) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                int taken;
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE leader_lease SET holder = ?, token = token + 1, acquired_at = NOW(6), renewed_at = NOW(6),"
                                + " expires_at = NOW(6) + INTERVAL ? MICROSECOND"
                                + " WHERE role = ? AND (holder IS NULL OR expires_at <= NOW(6))")) {
                    update.setString(1, holder);
                    update.setLong(2, micros(duration));
                    update.setString(3, role.key());
                    taken = update.executeUpdate();
                }
                Optional<Long> token = Optional.empty();
                if (taken == 1) {
                    try (PreparedStatement select = connection.prepareStatement(
                            "SELECT token FROM leader_lease WHERE role = ? AND holder = ?")) {
                        select.setString(1, role.key());
                        select.setString(2, holder);
                        try (ResultSet rs = select.executeQuery()) {
                            if (!rs.next()) {
                                throw new SQLException("leader_lease row of " + role.key() + " vanished");
                            }
                            token = Optional.of(rs.getLong(1));
                        }
                    }
                }
                connection.commit();
                return token;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new PersistenceException("Acquiring the leader lease of " + role.key(), e);
        }
    }

    @Override
    public boolean renew(LeadershipRole role, String holder, long token, Duration duration) {
        return update("Renewing the leader lease of " + role.key(),
                "UPDATE leader_lease SET renewed_at = NOW(6), expires_at = NOW(6) + INTERVAL " + micros(duration)
                        + " MICROSECOND WHERE role = ? AND holder = ? AND token = ?", role, holder, token) == 1;
    }

    @Override
    public void release(LeadershipRole role, String holder, long token) {
        update("Releasing the leader lease of " + role.key(),
                "UPDATE leader_lease SET holder = NULL, expires_at = NOW(6) WHERE role = ? AND holder = ? AND token = ?",
                role, holder, token);
    }

    @Override
    public Lease read(LeadershipRole role) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT holder, token, expires_at, expires_at <= NOW(6) AS expired FROM leader_lease WHERE role = ?")) {
            select.setString(1, role.key());
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    return new Lease(role, Optional.empty(), 0, Instant.EPOCH, true);
                }
                return new Lease(role, Optional.ofNullable(rs.getString("holder")), rs.getLong("token"),
                        JdbcTime.get(rs, "expires_at"), rs.getBoolean("expired"));
            }
        } catch (SQLException e) {
            throw new PersistenceException("Reading the leader lease of " + role.key(), e);
        }
    }

    @Override
    public boolean holds(LeadershipRole role, String holder, long token) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT 1 FROM leader_lease WHERE role = ? AND holder = ? AND token = ? AND expires_at > NOW(6)")) {
            select.setString(1, role.key());
            select.setString(2, holder);
            select.setLong(3, token);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new PersistenceException("Confirming the leader lease of " + role.key(), e);
        }
    }

    private int update(String operation, String sql, LeadershipRole role, String holder, long token) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, role.key());
            update.setString(2, holder);
            update.setLong(3, token);
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException(operation, e);
        }
    }

    private static long micros(Duration duration) {
        return duration.toNanos() / 1000;
    }
}
