package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.domain.card.SoortInbreng;
import nl.vhkgateway.domain.intake.IntakeRecord;
import nl.vhkgateway.domain.intake.IntakeRecordRepository;
import nl.vhkgateway.domain.intake.IntakeRoute;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionNumber;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link IntakeRecordRepository} on the {@code submission_intake} table (V4__routing.sql). A submission number is
 * allocated with {@link JdbcSubmissionNumberAllocator#next(Connection, int)} in the same transaction that stores it,
 * under a row lock on the submission's record, so a number is allocated once per submission and a rollback returns
 * it. A write joins the calling thread's transaction ({@link JdbcTransactions}) when there is one (the routing step
 * stores the record with its decision, issue 13) and otherwise runs in its own; a read is a single auto-commit query.
 * Thread-safe.
 */
public final class JdbcIntakeRecordRepository implements IntakeRecordRepository {

    private static final String COLUMNS = "submission_id, submission_year, submission_sequence, route, participant_id, "
            + "organisation_id, sender_verdict, screening_verdict, reason_codes, finding_count, missing_count, "
            + "soort_inbreng, earliest_meeting, earlier_year, earlier_sequence, linked_submission_id, screened_at";

    private final JdbcTransactions transactions;
    private final JdbcSubmissionNumberAllocator allocator;
    private final Clock clock;

    /** @param dataSource the data source of {@code transactions} */
    public JdbcIntakeRecordRepository(JdbcTransactions transactions, DataSource dataSource, Clock clock) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.allocator = new JdbcSubmissionNumberAllocator(Objects.requireNonNull(dataSource, "dataSource"));
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SubmissionNumber numberFor(SubmissionId submission, int year) {
        return inTransaction("allocating the submission number", connection -> {
            ensureRow(connection, submission);
            try (PreparedStatement select = connection.prepareStatement("SELECT submission_year, submission_sequence "
                    + "FROM submission_intake WHERE submission_id = ? FOR UPDATE")) {
                select.setLong(1, submission.value());
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    int storedYear = rows.getInt("submission_year");
                    if (!rows.wasNull()) {
                        return new SubmissionNumber(storedYear, rows.getInt("submission_sequence"));
                    }
                }
            }
            SubmissionNumber number = allocator.next(connection, year);
            try (PreparedStatement update = connection.prepareStatement("UPDATE submission_intake SET submission_year = ?, "
                    + "submission_sequence = ?, updated_at = ? WHERE submission_id = ?")) {
                update.setInt(1, number.year());
                update.setInt(2, number.sequence());
                JdbcTime.set(update, 3, clock.instant());
                update.setLong(4, submission.value());
                update.executeUpdate();
            }
            return number;
        });
    }

    @Override
    public void save(IntakeRecord record) {
        inTransaction("storing the intake record", connection -> {
            ensureRow(connection, record.submissionId());
            try (PreparedStatement update = connection.prepareStatement("UPDATE submission_intake SET route = ?, "
                    + "participant_id = ?, organisation_id = ?, sender_verdict = ?, screening_verdict = ?, "
                    + "reason_codes = ?, finding_count = ?, missing_count = ?, soort_inbreng = ?, earliest_meeting = ?, "
                    + "earlier_year = ?, earlier_sequence = ?, linked_submission_id = ?, screened_at = ?, updated_at = ? "
                    + "WHERE submission_id = ?")) {
                int i = 1;
                setString(update, i++, record.route().map(Enum::name));
                setLong(update, i++, record.participantId());
                setLong(update, i++, record.organisationId());
                setString(update, i++, record.senderVerdict());
                setString(update, i++, record.screeningVerdict());
                update.setString(i++, String.join(",", record.reasonCodes()));
                update.setInt(i++, record.findingCount());
                update.setInt(i++, record.missingCount());
                setString(update, i++, record.soortInbreng().map(Enum::name));
                if (record.earliestMeeting().isPresent()) {
                    update.setDate(i++, Date.valueOf(record.earliestMeeting().get()));
                } else {
                    update.setNull(i++, Types.DATE);
                }
                setInt(update, i++, record.earlierNumber().map(SubmissionNumber::year));
                setInt(update, i++, record.earlierNumber().map(SubmissionNumber::sequence));
                setLong(update, i++, record.linkedSubmission().map(SubmissionId::value));
                Jdbc.setOptionalInstant(update, i++, record.screenedAt());
                JdbcTime.set(update, i++, clock.instant());
                update.setLong(i, record.submissionId().value());
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<IntakeRecord> find(SubmissionId submission) {
        return read("reading the intake record", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT " + COLUMNS
                    + " FROM submission_intake WHERE submission_id = ?")) {
                select.setLong(1, submission.value());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(read(rows)) : Optional.<IntakeRecord>empty();
                }
            }
        });
    }

    @Override
    public Optional<SubmissionId> findByNumber(SubmissionNumber number) {
        return read("finding a submission number", connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT submission_id FROM submission_intake "
                    + "WHERE submission_year = ? AND submission_sequence = ?")) {
                select.setInt(1, number.year());
                select.setInt(2, number.sequence());
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? Optional.of(new SubmissionId(rows.getLong(1))) : Optional.<SubmissionId>empty();
                }
            }
        });
    }

    private void ensureRow(Connection connection, SubmissionId submission) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO submission_intake (submission_id, "
                + "created_at, updated_at) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE submission_id = submission_id")) {
            Instant now = clock.instant();
            insert.setLong(1, submission.value());
            JdbcTime.set(insert, 2, now);
            JdbcTime.set(insert, 3, now);
            insert.executeUpdate();
        }
    }

    private static IntakeRecord read(ResultSet rows) throws SQLException {
        String reasons = rows.getString("reason_codes");
        Date meeting = rows.getDate("earliest_meeting");
        return new IntakeRecord(
                new SubmissionId(rows.getLong("submission_id")),
                number(rows, "submission_year", "submission_sequence"),
                Optional.ofNullable(rows.getString("route")).map(IntakeRoute::valueOf),
                optionalLong(rows, "participant_id"),
                optionalLong(rows, "organisation_id"),
                Optional.ofNullable(rows.getString("sender_verdict")),
                Optional.ofNullable(rows.getString("screening_verdict")),
                reasons == null || reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split(",")),
                rows.getInt("finding_count"),
                rows.getInt("missing_count"),
                Optional.ofNullable(rows.getString("soort_inbreng")).map(SoortInbreng::valueOf),
                Optional.ofNullable(meeting).map(Date::toLocalDate),
                number(rows, "earlier_year", "earlier_sequence"),
                optionalLong(rows, "linked_submission_id").map(SubmissionId::new),
                Jdbc.optionalInstant(rows, "screened_at"));
    }

    private static Optional<SubmissionNumber> number(ResultSet rows, String yearColumn, String sequenceColumn)
            throws SQLException {
        int year = rows.getInt(yearColumn);
        if (rows.wasNull()) {
            return Optional.empty();
        }
        return Optional.of(new SubmissionNumber(year, rows.getInt(sequenceColumn)));
    }

    private static Optional<Long> optionalLong(ResultSet rows, String column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? Optional.empty() : Optional.of(value);
    }

    private static void setString(PreparedStatement statement, int index, Optional<String> value) throws SQLException {
        Jdbc.setOptionalString(statement, index, value);
    }

    private static void setLong(PreparedStatement statement, int index, Optional<Long> value) throws SQLException {
        if (value.isPresent()) {
            statement.setLong(index, value.get());
        } else {
            statement.setNull(index, Types.BIGINT);
        }
    }

    private static void setInt(PreparedStatement statement, int index, Optional<Integer> value) throws SQLException {
        if (value.isPresent()) {
            statement.setInt(index, value.get());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
    }

    @FunctionalInterface
    private interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private <T> T inTransaction(String operation, Work<T> work) {
        return transactions.inTransaction(() -> read(operation, work));
    }

    /** On the current transaction's connection, or as a single auto-commit statement. */
    private <T> T read(String operation, Work<T> work) {
        return transactions.withConnection(connection -> {
            try {
                return work.apply(connection);
            } catch (SQLException e) {
                throw new PersistenceException(operation, e);
            }
        });
    }
}
