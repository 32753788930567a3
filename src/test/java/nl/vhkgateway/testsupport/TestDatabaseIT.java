package nl.vhkgateway.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

/** The clean-up of {@link TestDatabase}: what a test class creates is gone after {@link TestDatabase.Cleanup}. */
class TestDatabaseIT {

    @Test
    void aFreshDatabaseIsMigratedAndDroppedByTheCleanUp() throws Exception {
        DataSource dataSource = TestDatabase.fresh("testdatabase_probe");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1")) {
            assertTrue(rows.next() && rows.getInt(1) > 0, "migrated");
        }
        assertTrue(TestDatabase.existingTestDatabases().contains("vhk_it_testdatabase_probe"));

        TestDatabase.dropCreated();

        assertFalse(TestDatabase.existingTestDatabases().contains("vhk_it_testdatabase_probe"));
    }

    @Test
    void namesGetThePrefixOnceAndOnlySafeCharacters() {
        assertEquals("vhk_it_abc", TestDatabase.databaseName("abc"));
        assertEquals("vhk_it_abc", TestDatabase.databaseName("vhk_it_abc"));
        assertThrows(IllegalArgumentException.class, () -> TestDatabase.databaseName("abc; DROP DATABASE vhk"));
        assertThrows(IllegalArgumentException.class, () -> TestDatabase.databaseName("ABC"));
    }
}
