package nl.vhkgateway.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Grants the runtime role exactly what the running gateway needs, table by table, after every migration (so a table
 * added by a later migration is covered without manual SQL): {@code SELECT, INSERT, UPDATE, DELETE} on the working
 * tables; only {@code SELECT, INSERT} on the append-only consent and audit tables; {@code SELECT, UPDATE} on the
 * audit chain head; {@code SELECT} on Flyway's history. Never DDL, TRIGGER, DROP or GRANT. Runs as the migration user
 * (which holds these rights WITH GRANT OPTION). Stateless.
 */
public final class RuntimeGrants {

    private static final Logger LOG = Logger.getLogger(RuntimeGrants.class.getName());
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");

    /** Tables with other rights than the working tables' full DML. */
    static final Map<String, String> RESTRICTED = Map.of(
            "consent_record", "SELECT, INSERT",
            "consent_consenter", "SELECT, INSERT",
            "consent_withdrawal", "SELECT, INSERT",
            "audit_event", "SELECT, INSERT",
            "audit_chain_head", "SELECT, UPDATE",
            "flyway_schema_history", "SELECT");
    static final String WORKING = "SELECT, INSERT, UPDATE, DELETE";

    private RuntimeGrants() {
    }

    /** The rights the runtime role gets on {@code table}. */
    public static String rightsOn(String table) {
        return RESTRICTED.getOrDefault(table, WORKING);
    }

    /** Grants the rights on every table of the connection's current database to {@code role}; returns the tables. */
    public static List<String> apply(Connection connection, String role) throws SQLException {
        if (!NAME.matcher(role).matches()) {
            throw new IllegalArgumentException("role: letters, digits and underscore only");
        }
        List<String> tables = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT table_name FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' ORDER BY table_name");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String table : tables) {
                if (!NAME.matcher(table).matches()) {
                    throw new SQLException("unexpected table name in the schema");
                }
                statement.execute("GRANT " + rightsOn(table) + " ON `" + table + "` TO " + role);
            }
        }
        LOG.info(() -> "Runtime role " + role + " granted its rights on " + tables.size() + " tables");
        return tables;
    }

    /** Same, on a new connection from the migration user's URL and login. */
    public static List<String> apply(String url, String user, String password, String role) {
        Objects.requireNonNull(url, "url");
        try (Connection connection = java.sql.DriverManager.getConnection(url, user, password)) {
            return apply(connection, role);
        } catch (SQLException e) {
            throw new PersistenceException("Granting the runtime role its table rights", e);
        }
    }
}
