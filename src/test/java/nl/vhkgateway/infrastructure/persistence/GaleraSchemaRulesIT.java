package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schema follows Galera's rules (issue 12), checked on the migrated schema and on the migration files: every
 * table is InnoDB (Galera replicates only InnoDB) and has a primary key (without one, rows are replicated by a
 * hidden key that differs per node, and deletes and updates become slow or inconsistent), and no migration locks
 * tables (LOCK TABLES / FLUSH ... WITH READ LOCK are not replicated).
 */
class GaleraSchemaRulesIT {

    @Test
    void everyTableIsInnoDbAndHasAPrimaryKey() throws SQLException {
        DataSource dataSource = TestDatabase.fresh("galera_rules");
        List<String> problems = new ArrayList<>();
        int tables = 0;
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT t.table_name, t.engine, (SELECT COUNT(*) FROM information_schema.table_constraints k"
                        + " WHERE k.table_schema = t.table_schema AND k.table_name = t.table_name"
                        + " AND k.constraint_type = 'PRIMARY KEY') AS pk"
                        + " FROM information_schema.tables t WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'")) {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    tables++;
                    String table = rs.getString(1);
                    if (!"InnoDB".equalsIgnoreCase(rs.getString(2))) {
                        problems.add(table + " is " + rs.getString(2) + ", not InnoDB");
                    }
                    if (rs.getInt(3) != 1) {
                        problems.add(table + " has no primary key");
                    }
                }
            }
        }
        assertTrue(tables > 10, "the migrated schema has its tables: " + tables);
        assertEquals(List.of(), problems);
    }

    @Test
    void noMigrationLocksTablesOrUsesAnotherEngine() throws IOException {
        Path migrations = Path.of("src", "main", "resources", "db", "migration");
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(migrations)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                String sql = stripComments(Files.readString(file, StandardCharsets.UTF_8)).toUpperCase(Locale.ROOT);
                if (sql.contains("LOCK TABLES") || sql.contains("WITH READ LOCK") || sql.contains("GET_LOCK(")) {
                    problems.add(file.getFileName() + " locks tables");
                }
                if (sql.matches("(?s).*ENGINE\\s*=\\s*+(?!INNODB).*")) {
                    problems.add(file.getFileName() + " uses an engine other than InnoDB");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    private static String stripComments(String sql) {
        return sql.replaceAll("(?m)--.*$", "").replaceAll("(?s)/\\*.*?\\*/", "");
    }
}
