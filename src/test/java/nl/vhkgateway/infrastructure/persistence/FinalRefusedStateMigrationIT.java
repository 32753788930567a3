package nl.vhkgateway.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.vhkgateway.testsupport.TestDatabase;

/**
 * V8 converts rows written under the old meaning (REFUSED = refusal being sent, then DELIVERED) to the new one
 * (REFUSING, then the final REFUSED), history included, and leaves accepted and quarantined submissions alone.
 */
class FinalRefusedStateMigrationIT {

    private static final String DATABASE = "vhk_it_v8_" + ProcessHandle.current().pid();
    private static DataSource dataSource;

    @BeforeAll
    static void migrateToTheOldSchemaAndWriteOldRows() throws SQLException {
        TestDatabase.server().recreateDatabase(DATABASE);
        dataSource = TestDatabase.dataSource(DATABASE);
        flyway().target("5").load().migrate();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            submission(s, 1, "DELIVERED", "REFUSED");    // a refused card, refusal sent: ended DELIVERED
            submission(s, 2, "REFUSED", "REFUSED");      // a refusal still being sent
            submission(s, 3, "DELIVERED", "ACCEPTED");   // an accepted card, delivered
            submission(s, 4, "QUARANTINED", "QUARANTINED");
        }
        flyway().load().migrate();
    }

    @AfterAll
    static void drop() {
        TestDatabase.server().dropDatabase(DATABASE);
    }

    @Test
    void aRefusalThatWasSentEndsRefusedWithAHistoryInTheNewTerms() throws SQLException {
        assertEquals("REFUSED", state(1));
        assertEquals(List.of("RECEIVED", "SCREENED", "REFUSING", "REFUSED"), history(1));
    }

    @Test
    void aRefusalStillBeingSentIsRefusing() throws SQLException {
        assertEquals("REFUSING", state(2));
        assertEquals(List.of("RECEIVED", "SCREENED", "REFUSING"), history(2));
    }

    @Test
    void acceptedAndQuarantinedSubmissionsAreUnchanged() throws SQLException {
        assertEquals("DELIVERED", state(3));
        assertEquals(List.of("RECEIVED", "SCREENED", "ACCEPTED", "DELIVERED"), history(3));
        assertEquals("QUARANTINED", state(4));
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway() {
        return Flyway.configure(FlywayMigrator.class.getClassLoader()).dataSource(dataSource)
                .locations("classpath:db/migration");
    }

    private static void submission(Statement s, int id, String state, String decision) throws SQLException {
        String now = "'2026-03-02 10:00:00'";
        s.executeUpdate("INSERT INTO submission (id, message_id, message_id_synthetic, message_id_digest,"
                + " content_sha256, received_at, size_bytes, state, next_attempt_at, created_at, updated_at) VALUES ("
                + id + ", '<m" + id + "@test>', FALSE, SHA2('m" + id + "', 256), SHA2('c" + id + "', 256), " + now
                + ", 10, '" + state + "', " + now + ", " + now + ", " + now + ")");
        List<String> path = new ArrayList<>(List.of("RECEIVED", "SCREENED", decision));
        if (state.equals("DELIVERED")) {
            path.add("DELIVERED");
        }
        String from = "NULL";
        for (String to : path) {
            s.executeUpdate("INSERT INTO submission_state_change (submission_id, from_state, to_state, reason_code,"
                    + " occurred_at) VALUES (" + id + ", " + from + ", '" + to + "', 'TEST', " + now + ")");
            from = "'" + to + "'";
        }
    }

    private static String state(int id) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT state FROM submission WHERE id = " + id)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static List<String> history(int id) throws SQLException {
        List<String> states = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT to_state FROM submission_state_change WHERE submission_id = " + id
                     + " ORDER BY id")) {
            while (rs.next()) {
                states.add(rs.getString(1));
            }
        }
        return states;
    }
}
