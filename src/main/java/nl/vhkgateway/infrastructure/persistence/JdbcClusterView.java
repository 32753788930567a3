package nl.vhkgateway.infrastructure.persistence;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What this instance knows of the cluster from the database: the node its connections reach (and its Galera state),
 * and the gateway instances that were seen lately (table {@code gateway_instance}, migration V17). Thread-safe.
 */
public final class JdbcClusterView {

    /** The database node a connection reaches. */
    public record DatabaseNode(String address, String galeraState, int galeraClusterSize) {
        /** True when the server is not a Galera node (wsrep off). */
        public boolean standalone() {
            return galeraClusterSize == 0;
        }
    }

    /** A gateway instance and when it was last seen (seconds ago, by the database clock). */
    public record Instance(String id, String databaseNode, long secondsSinceSeen) {
    }

    private final DataSource dataSource;

    public JdbcClusterView(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** The node this DataSource's connections reach now: host:port, and its Galera state when it is a Galera node. */
    public DatabaseNode node() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            String address;
            try (ResultSet rs = s.executeQuery("SELECT @@hostname, @@port")) {
                rs.next();
                address = rs.getString(1) + ":" + rs.getInt(2);
            }
            Map<String, String> status = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SHOW STATUS WHERE Variable_name IN"
                    + " ('wsrep_local_state_comment', 'wsrep_cluster_size', 'wsrep_ready')")) {
                while (rs.next()) {
                    status.put(rs.getString(1).toLowerCase(java.util.Locale.ROOT), rs.getString(2));
                }
            }
            int size = parse(status.get("wsrep_cluster_size"));
            String state = size == 0 ? "standalone" : status.getOrDefault("wsrep_local_state_comment", "?");
            return new DatabaseNode(address, state, size);
        } catch (SQLException e) {
            throw new PersistenceException("Reading the database node", e);
        }
    }

    /** Records that {@code instanceId} is alive now and which node it uses. */
    public void heartbeat(String instanceId, String databaseNode) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO gateway_instance (instance_id, started_at, last_seen_at, database_node)"
                        + " VALUES (?, NOW(6), NOW(6), ?)"
                        + " ON DUPLICATE KEY UPDATE last_seen_at = NOW(6), database_node = VALUES(database_node)")) {
            s.setString(1, instanceId);
            s.setString(2, databaseNode.length() > 160 ? databaseNode.substring(0, 160) : databaseNode);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("Recording this instance", e);
        }
    }

    /** The instances seen within {@code within}, most recently seen first. */
    public List<Instance> instancesSeenWithin(Duration within) {
        List<Instance> instances = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT instance_id, database_node, TIMESTAMPDIFF(SECOND, last_seen_at, NOW(6)) AS ago"
                        + " FROM gateway_instance WHERE last_seen_at > NOW(6) - INTERVAL ? SECOND"
                        + " ORDER BY last_seen_at DESC LIMIT 50")) {
            s.setLong(1, Math.max(1, within.toSeconds()));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    instances.add(new Instance(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("Listing the gateway instances", e);
        }
        return instances;
    }

    private static int parse(String value) {
        try {
            return value == null ? 0 : Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
