package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.domain.consent.AgeGroup;
import nl.vhkgateway.domain.consent.CaseReference;
import nl.vhkgateway.domain.consent.ConsentAlreadyWithdrawnException;
import nl.vhkgateway.domain.consent.ConsentData;
import nl.vhkgateway.domain.consent.ConsentId;
import nl.vhkgateway.domain.consent.ConsentNotFoundException;
import nl.vhkgateway.domain.consent.ConsentRecipient;
import nl.vhkgateway.domain.consent.ConsentRecord;
import nl.vhkgateway.domain.consent.ConsentRepository;
import nl.vhkgateway.domain.consent.Consenter;
import nl.vhkgateway.domain.consent.ConsenterRole;
import nl.vhkgateway.domain.consent.OrganisationRef;
import nl.vhkgateway.domain.consent.Purpose;
import nl.vhkgateway.domain.consent.Withdrawal;
import nl.vhkgateway.domain.participant.OrganisationType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The consent register in MariaDB (tables {@code consent_record}, {@code consent_consenter},
 * {@code consent_withdrawal}, migration V3), plain JDBC. Only INSERT and SELECT: a withdrawal is a row of its own
 * whose primary key is the consent id, so a second withdrawal, even a concurrent one, fails as a duplicate key.
 * Uses local transactions: call outside a container (JTA) transaction. Thread-safe.
 */
public final class JdbcConsentRepository implements ConsentRepository {

    private static final String SELECT_RECORD = "SELECT r.id, r.case_reference, r.youth_age_group,"
            + " r.sender_organisation_id, r.sender_organisation_type, r.recipient_organisation_id,"
            + " r.recipient_organisation_type, r.purpose, r.how_given, r.given_at, r.valid_from, r.valid_until,"
            + " r.recorded_by, r.recorded_at, w.withdrawn_at, w.withdrawn_by, w.how AS withdrawal_how,"
            + " w.recorded_by AS withdrawal_recorded_by, w.recorded_at AS withdrawal_recorded_at"
            + " FROM consent_record r LEFT JOIN consent_withdrawal w ON w.consent_id = r.id";

    private final DataSource dataSource;

    public JdbcConsentRepository(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    @Override
    public ConsentRecord record(ConsentData data) {
        Objects.requireNonNull(data, "data");
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long id = insertRecord(connection, data);
                insertConsenters(connection, id, data.consenters());
                connection.commit();
                return new ConsentRecord(new ConsentId(id), data, Optional.empty());
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new PersistenceException("Recording a consent", e);
        }
    }

    private static long insertRecord(Connection connection, ConsentData data) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO consent_record (case_reference,"
                + " youth_age_group, sender_organisation_id, sender_organisation_type, recipient_organisation_id,"
                + " recipient_organisation_type, purpose, how_given, given_at, valid_from, valid_until, recorded_by,"
                + " recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, data.caseReference().value());
            insert.setString(2, data.youthAgeGroup().name());
            insert.setLong(3, data.sender().id());
            insert.setString(4, data.sender().type().name());
            if (data.recipient().organisationId().isPresent()) {
                insert.setLong(5, data.recipient().organisationId().get());
            } else {
                insert.setNull(5, Types.BIGINT);
            }
            insert.setString(6, data.recipient().type().name());
            insert.setString(7, data.purpose().name());
            insert.setString(8, data.howGiven());
            JdbcTime.set(insert, 9, data.givenAt());
            JdbcTime.set(insert, 10, data.validFrom());
            JdbcTime.set(insert, 11, data.validUntil());
            insert.setString(12, data.recordedBy());
            JdbcTime.set(insert, 13, data.recordedAt());
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no id generated for consent_record");
                }
                return keys.getLong(1);
            }
        }
    }

    private static void insertConsenters(Connection connection, long id, List<Consenter> consenters)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO consent_consenter (consent_id, position, role, age_group) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < consenters.size(); i++) {
                Consenter consenter = consenters.get(i);
                insert.setLong(1, id);
                insert.setInt(2, i);
                insert.setString(3, consenter.role().name());
                insert.setString(4, consenter.ageGroup().map(AgeGroup::name).orElse(null));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    @Override
    public Optional<ConsentRecord> findById(ConsentId id) {
        List<ConsentRecord> found = query(SELECT_RECORD + " WHERE r.id = ?", id.value());
        return found.stream().findFirst();
    }

    @Override
    public List<ConsentRecord> findByCase(CaseReference caseReference) {
        return query(SELECT_RECORD + " WHERE r.case_reference = ? ORDER BY r.id", caseReference.value());
    }

    @Override
    public ConsentRecord withdraw(ConsentId id, Withdrawal withdrawal) {
        ConsentRecord current = findById(id).orElseThrow(() -> new ConsentNotFoundException(id));
        ConsentRecord withdrawn = current.withWithdrawal(withdrawal);
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO consent_withdrawal (consent_id,"
                     + " withdrawn_at, withdrawn_by, how, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, id.value());
            JdbcTime.set(insert, 2, withdrawal.withdrawnAt());
            insert.setString(3, withdrawal.withdrawnBy().name());
            insert.setString(4, withdrawal.how());
            insert.setString(5, withdrawal.recordedBy());
            JdbcTime.set(insert, 6, withdrawal.recordedAt());
            insert.executeUpdate();
            return withdrawn;
        } catch (SQLIntegrityConstraintViolationException e) {
            throw new ConsentAlreadyWithdrawnException(id);
        } catch (SQLException e) {
            throw new PersistenceException("Recording the withdrawal of consent " + id, e);
        }
    }

    private List<ConsentRecord> query(String sql, Object parameter) {
        try (Connection connection = dataSource.getConnection()) {
            Map<Long, Function<List<Consenter>, ConsentRecord>> rows = new LinkedHashMap<>();
            try (PreparedStatement select = connection.prepareStatement(sql)) {
                select.setObject(1, parameter);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        rows.put(rs.getLong("id"), readRow(rs));
                    }
                }
            }
            Map<Long, List<Consenter>> consenters = consenters(connection, rows.keySet());
            List<ConsentRecord> records = new ArrayList<>(rows.size());
            rows.forEach((id, row) -> records.add(row.apply(consenters.getOrDefault(id, List.of()))));
            return records;
        } catch (SQLException e) {
            throw new PersistenceException("Reading the consent register", e);
        }
    }

    private static Map<Long, List<Consenter>> consenters(Connection connection, Set<Long> ids)
            throws SQLException {
        Map<Long, List<Consenter>> result = new HashMap<>();
        if (ids.isEmpty()) {
            return result;
        }
        String placeholders = String.join(",", Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement select = connection.prepareStatement("SELECT consent_id, role, age_group"
                + " FROM consent_consenter WHERE consent_id IN (" + placeholders + ") ORDER BY consent_id, position")) {
            int i = 1;
            for (long id : ids) {
                select.setLong(i++, id);
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Optional<AgeGroup> ageGroup = Optional.ofNullable(rs.getString("age_group")).map(AgeGroup::valueOf);
                    result.computeIfAbsent(rs.getLong("consent_id"), k -> new ArrayList<>())
                            .add(new Consenter(ConsenterRole.valueOf(rs.getString("role")), ageGroup));
                }
            }
        }
        return result;
    }

    /** Reads one joined row; the consenters come from their own table and complete the record. */
    private static Function<List<Consenter>, ConsentRecord> readRow(ResultSet rs) throws SQLException {
        ConsentId id = new ConsentId(rs.getLong("id"));
        CaseReference caseReference = new CaseReference(rs.getString("case_reference"));
        AgeGroup youthAgeGroup = AgeGroup.valueOf(rs.getString("youth_age_group"));
        OrganisationRef sender = new OrganisationRef(rs.getLong("sender_organisation_id"),
                OrganisationType.valueOf(rs.getString("sender_organisation_type")));
        long recipientId = rs.getLong("recipient_organisation_id");
        Optional<Long> recipientOrganisation = rs.wasNull() ? Optional.empty() : Optional.of(recipientId);
        ConsentRecipient recipient = new ConsentRecipient(
                OrganisationType.valueOf(rs.getString("recipient_organisation_type")), recipientOrganisation);
        Purpose purpose = Purpose.valueOf(rs.getString("purpose"));
        String howGiven = rs.getString("how_given");
        Instant givenAt = JdbcTime.get(rs, "given_at");
        Instant validFrom = JdbcTime.get(rs, "valid_from");
        Instant validUntil = JdbcTime.get(rs, "valid_until");
        String recordedBy = rs.getString("recorded_by");
        Instant recordedAt = JdbcTime.get(rs, "recorded_at");
        Optional<Withdrawal> withdrawal = Optional.empty();
        if (rs.getObject("withdrawn_at") != null) {
            withdrawal = Optional.of(new Withdrawal(JdbcTime.get(rs, "withdrawn_at"),
                    ConsenterRole.valueOf(rs.getString("withdrawn_by")), rs.getString("withdrawal_how"),
                    rs.getString("withdrawal_recorded_by"), JdbcTime.get(rs, "withdrawal_recorded_at")));
        }
        Optional<Withdrawal> finalWithdrawal = withdrawal;
        return consenters -> new ConsentRecord(id, new ConsentData(caseReference, consenters, youthAgeGroup, sender,
                recipient, purpose, howGiven, givenAt, validFrom, validUntil, recordedBy, recordedAt),
                finalWithdrawal);
    }
}
