package nl.vhkgateway.infrastructure.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import nl.vhkgateway.domain.submission.SubmissionNumberAllocator;

/**
 * {@link SubmissionNumberAllocator} on the {@code submission_number_sequence} table (one row per year).
 * <p>
 * One atomic statement allocates: {@code INSERT ... VALUES (year, LAST_INSERT_ID(1)) ON DUPLICATE KEY UPDATE
 * last_number = LAST_INSERT_ID(last_number + 1)}. InnoDB locks the year's row for the statement (or, inside a
 * caller's transaction, until it ends), and {@code LAST_INSERT_ID(expr)} hands the new value back to this
 * connection only, so concurrent callers on any number of connections or gateway instances never get the same
 * number. {@link #next(int)} commits at once (auto-commit), so a number may be lost, never duplicated;
 * {@link #next(Connection, int)} takes part in the caller's transaction, so a rollback returns the number.
 * Thread-safe.
 */
public final class JdbcSubmissionNumberAllocator implements SubmissionNumberAllocator {

    private static final String ALLOCATE = "INSERT INTO submission_number_sequence (submission_year, last_number)"
            + " VALUES (?, LAST_INSERT_ID(1)) ON DUPLICATE KEY UPDATE last_number = LAST_INSERT_ID(last_number + 1)";

    private final DataSource dataSource;

    public JdbcSubmissionNumberAllocator(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public SubmissionNumber next(int year) {
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            return next(connection, year);
        } catch (SQLException e) {
            throw new PersistenceException("allocating a submission number", e);
        }
    }

    /**
     * Allocates on the caller's connection, inside its transaction when one is open (the year's row stays locked
     * until the caller commits or rolls back).
     */
    public SubmissionNumber next(Connection connection, int year) throws SQLException {
        new SubmissionNumber(year, 1); // validates the year before touching the database
        try (PreparedStatement allocate = connection.prepareStatement(ALLOCATE)) {
            allocate.setInt(1, year);
            allocate.executeUpdate();
        }
        try (PreparedStatement read = connection.prepareStatement("SELECT LAST_INSERT_ID()");
             ResultSet rows = read.executeQuery()) {
            if (!rows.next()) {
                throw new SQLException("LAST_INSERT_ID() returned no row");
            }
            return new SubmissionNumber(year, rows.getInt(1));
        }
    }
}
