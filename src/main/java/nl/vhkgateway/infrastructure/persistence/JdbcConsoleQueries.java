package nl.vhkgateway.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import nl.vhkgateway.application.console.ConsoleQueries;

/**
 * {@link ConsoleQueries} on MariaDB: plain SQL on the submission, submission_intake, consent and audit tables,
 * bounded by LIMIT. Times in the database are UTC. Thread-safe.
 */
@ApplicationScoped
public class JdbcConsoleQueries implements ConsoleQueries {

    private static final Pattern VHT_NUMBER = Pattern.compile("(?i)^\\s*VHT-(\\d{4})-(\\d{1,6})\\s*$");
    private static final Pattern DIGITS = Pattern.compile("^\\s*(\\d{1,18})\\s*$");
    private static final String SELECT = "SELECT s.id, s.channel, s.received_at, s.state, i.submission_year,"
            + " i.submission_sequence, i.route, i.organisation_id, i.earliest_meeting, i.reason_codes,"
            + " i.finding_count, i.missing_count FROM submission s LEFT JOIN submission_intake i"
            + " ON i.submission_id = s.id";

    private DataSource dataSource;

    /** For CDI. */
    protected JdbcConsoleQueries() {
    }

    @Inject
    public JdbcConsoleQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<SubmissionRow> submissionsOf(long organisationId, String search, int limit) {
        return submissionQuery(" WHERE i.organisation_id = ?", List.of(organisationId), search, limit);
    }

    @Override
    public List<SubmissionRow> acceptedCards(String search, int limit) {
        return submissionQuery(" WHERE s.channel = 'INTAKE' AND i.route IS NOT NULL"
                + " AND s.state IN ('ACCEPTED', 'DELIVERED') AND i.screening_verdict = 'ACCEPT'", List.of(), search,
                limit, " ORDER BY i.earliest_meeting IS NULL, i.earliest_meeting, s.id");
    }

    @Override
    public List<SubmissionRow> submissions(Optional<String> state, String search, int limit) {
        return state.map(s -> submissionQuery(" WHERE s.state = ?", List.of(s), search, limit))
                .orElseGet(() -> submissionQuery(" WHERE 1 = 1", List.of(), search, limit));
    }

    @Override
    public Optional<SubmissionRow> submission(long id) {
        return submissionQuery(" WHERE s.id = ?", List.of(id), "", 1).stream().findFirst();
    }

    private List<SubmissionRow> submissionQuery(String where, List<Object> parameters, String search, int limit) {
        return submissionQuery(where, parameters, search, limit, " ORDER BY s.id DESC");
    }

    private List<SubmissionRow> submissionQuery(String where, List<Object> parameters, String search, int limit,
                                                String order) {
        List<Object> values = new ArrayList<>(parameters);
        StringBuilder sql = new StringBuilder(SELECT).append(where);
        String term = search == null ? "" : search.strip();
        if (!term.isEmpty()) {
            Matcher number = VHT_NUMBER.matcher(term);
            Matcher digits = DIGITS.matcher(term);
            if (number.matches()) {
                sql.append(" AND i.submission_year = ? AND i.submission_sequence = ?");
                values.add(Integer.parseInt(number.group(1)));
                values.add(Integer.parseInt(number.group(2)));
            } else if (digits.matches()) {
                sql.append(" AND (s.id = ? OR i.submission_sequence = ?)");
                values.add(Long.parseLong(digits.group(1)));
                values.add(Long.parseLong(digits.group(1)));
            } else {
                return List.of();
            }
        }
        sql.append(order).append(" LIMIT ?");
        values.add(bounded(limit));
        return query(sql.toString(), values, JdbcConsoleQueries::submissionRow);
    }

    @Override
    public List<ConsentRow> consentsOf(long organisationId, int limit) {
        return query("SELECT c.id, c.case_reference, c.purpose, c.recipient_organisation_type, c.valid_from,"
                + " c.valid_until, c.recorded_by, w.withdrawn_at FROM consent_record c"
                + " LEFT JOIN consent_withdrawal w ON w.consent_id = c.id WHERE c.sender_organisation_id = ?"
                + " ORDER BY c.id DESC LIMIT ?", List.of(organisationId, bounded(limit)), rs -> new ConsentRow(
                rs.getLong("id"), rs.getString("case_reference"), rs.getString("purpose"),
                rs.getString("recipient_organisation_type"), instant(rs, "valid_from"), instant(rs, "valid_until"),
                Optional.ofNullable(rs.getObject("withdrawn_at", java.time.LocalDateTime.class))
                        .map(t -> t.toInstant(ZoneOffset.UTC)), rs.getString("recorded_by")));
    }

    @Override
    public OptionalLong consentOrganisation(long consentId) {
        List<Long> ids = query("SELECT sender_organisation_id FROM consent_record WHERE id = ?", List.of(consentId),
                rs -> rs.getLong(1));
        return ids.isEmpty() ? OptionalLong.empty() : OptionalLong.of(ids.get(0));
    }

    @Override
    public List<HandoverRow> handoversOf(long organisationId, int limit) {
        String marker = "\"senderOrganisationId\":\"" + organisationId + "\"";
        return query("SELECT seq, occurred_at, subject, outcome, reason_codes, details FROM audit_event"
                + " WHERE action = 'HANDOVER_CHECK' AND details LIKE ? ORDER BY seq DESC LIMIT ?",
                List.of("%" + marker + "%", bounded(limit)), rs -> {
                    JsonObject details = json(rs.getString("details"));
                    return new HandoverRow(rs.getLong("seq"), instant(rs, "occurred_at"),
                            Optional.ofNullable(rs.getString("subject")).orElse(""), rs.getString("outcome"),
                            codes(rs.getString("reason_codes")), details.getString("receiverType", ""),
                            Optional.ofNullable(details.getString("consentId", null)).filter(s -> !s.isEmpty()));
                }).stream().filter(row -> row.sequence() > 0).toList();
    }

    private static SubmissionRow submissionRow(ResultSet rs) throws SQLException {
        int year = rs.getInt("submission_year");
        boolean numbered = !rs.wasNull();
        int sequence = rs.getInt("submission_sequence");
        long organisation = rs.getLong("organisation_id");
        boolean hasOrganisation = !rs.wasNull();
        Date meeting = rs.getDate("earliest_meeting");
        return new SubmissionRow(rs.getLong("id"),
                numbered ? Optional.of(String.format(Locale.ROOT, "VHT-%04d-%04d", year, sequence)) : Optional.empty(),
                rs.getString("channel"), instant(rs, "received_at"), rs.getString("state"),
                Optional.ofNullable(rs.getString("route")),
                hasOrganisation ? OptionalLong.of(organisation) : OptionalLong.empty(),
                Optional.ofNullable(meeting).map(Date::toLocalDate), codes(rs.getString("reason_codes")),
                rs.getInt("finding_count"), rs.getInt("missing_count"));
    }

    private static List<String> codes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text == null ? "{}" : text))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            return JsonObject.EMPTY_JSON_OBJECT;
        }
    }

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        java.time.LocalDateTime value = rs.getObject(column, java.time.LocalDateTime.class);
        return value == null ? java.time.Instant.EPOCH : value.toInstant(ZoneOffset.UTC);
    }

    private static int bounded(int limit) {
        return Math.max(1, Math.min(limit, MAX_LIMIT));
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, List<Object> parameters, RowMapper<T> mapper) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new DataAccessException("console query failed", e);
        }
    }
}
