package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.planning.AcceptedCard;
import nl.vhkgateway.domain.planning.ConcurrentPlanningException;
import nl.vhkgateway.domain.planning.MeetingCalendar;
import nl.vhkgateway.domain.planning.MeetingFullException;
import nl.vhkgateway.domain.planning.MeetingPlanner;
import nl.vhkgateway.domain.planning.PlannedCase;
import nl.vhkgateway.domain.planning.PlanningRepository;
import nl.vhkgateway.domain.planning.PlanningState;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionNumber;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@link PlanningRepository} on {@code meeting}, {@code planned_case} and {@code planned_case_expert}
 * (V6__agenda.sql). Planning a case on a meeting first locks the meeting's row (with an
 * {@code INSERT ... ON DUPLICATE KEY UPDATE}), then counts its cases: concurrent planners on the same meeting queue
 * up, so the capacity holds; a deadlock victim is retried. Thread-safe.
 */
public final class JdbcPlanningRepository implements PlanningRepository {

    private static final String CASE_COLUMNS = "p.submission_id, p.submission_year, p.submission_sequence, "
            + "p.organisation_id, p.participant_id, p.follow_up_of, p.received_on, p.meeting_date, p.state, p.version";

    private static final int MAX_ATTEMPTS = 3;

    private final JdbcTransactions jdbc;

    public JdbcPlanningRepository(JdbcTransactions jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public List<AcceptedCard> unplanned(int limit) {
        String sql = "SELECT s.id, s.received_at, si.submission_year, si.submission_sequence, si.organisation_id, "
                + "si.participant_id, si.linked_submission_id FROM submission s "
                + "JOIN submission_intake si ON si.submission_id = s.id "
                + "LEFT JOIN planned_case p ON p.submission_id = s.id "
                // accepted cards: ACCEPTED, or DELIVERED once the intake's mails about them went out
                + "WHERE s.state IN ('ACCEPTED', 'DELIVERED') AND si.screening_verdict = 'ACCEPT' "
                + "AND s.channel = 'INTAKE' AND si.submission_year IS NOT NULL "
                + "AND p.submission_id IS NULL ORDER BY s.id LIMIT ?";
        return jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setInt(1, limit);
                List<AcceptedCard> cards = new ArrayList<>();
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        LocalDate receivedOn = Jdbc.instant(rs, "received_at").atZone(MeetingPlanner.TEAM_ZONE)
                                .toLocalDate();
                        cards.add(new AcceptedCard(new SubmissionId(rs.getLong("id")),
                                new SubmissionNumber(rs.getInt("submission_year"), rs.getInt("submission_sequence")),
                                optionalLong(rs, "organisation_id"), optionalLong(rs, "participant_id"),
                                optionalLong(rs, "linked_submission_id").map(SubmissionId::new), receivedOn));
                    }
                }
                return cards;
            }
        });
    }

    @Override
    public PlannedCase propose(AcceptedCard card, LocalDate from, MeetingCalendar calendar, Instant now) {
        for (int attempt = 1; ; attempt++) {
            try {
                return proposeOnce(card, from, calendar, now);
            } catch (DataAccessException e) {
                // a deadlock victim is rolled back as a whole: try again, unless we are inside the caller's transaction
                if (attempt >= MAX_ATTEMPTS || jdbc.inTransaction()
                        || !(e.getCause() instanceof java.sql.SQLTransactionRollbackException)) {
                    throw e;
                }
            }
        }
    }

    private PlannedCase proposeOnce(AcceptedCard card, LocalDate from, MeetingCalendar calendar, Instant now) {
        return jdbc.inTransaction(() -> jdbc.withConnection(c -> {
            Optional<PlannedCase> existing = find(c, card.number(), false);
            if (existing.isPresent()) {
                return existing.get();
            }
            LocalDate meeting = calendar.meetingOnOrAfter(from);
            while (true) {
                lockMeeting(c, meeting, now);
                if (casesOn(c, meeting) < calendar.settings().casesPerMeeting()) {
                    break;
                }
                meeting = calendar.meetingOnOrAfter(meeting.plusDays(1));
            }
            insert(c, card, meeting, now);
            return find(c, card.number(), false).orElseThrow();
        }));
    }

    @Override
    public Optional<PlannedCase> find(SubmissionNumber number) {
        return jdbc.withConnection(c -> find(c, number, false));
    }

    @Override
    public PlannedCase update(SubmissionNumber number, int expectedVersion, PlanningState state, LocalDate meeting,
                              String decidedBy, MeetingCalendar calendar, Instant now) {
        return jdbc.inTransaction(() -> jdbc.withConnection(c -> {
            PlannedCase current = find(c, number, true).orElseThrow(() ->
                    new ConcurrentPlanningException(number.format() + " is niet (meer) ingepland"));
            if (current.version() != expectedVersion) {
                throw new ConcurrentPlanningException(number.format() + " is intussen gewijzigd");
            }
            if (!meeting.equals(current.meeting()) && state.takesAPlace()) {
                if (!calendar.isMeetingDay(meeting)) {
                    throw new MeetingFullException(meeting, "op " + meeting + " is er geen bespreking");
                }
                lockMeeting(c, meeting, now);
                if (casesOn(c, meeting) >= calendar.settings().casesPerMeeting()) {
                    throw new MeetingFullException(meeting, "de bespreking van " + meeting + " is vol");
                }
            }
            try (PreparedStatement s = c.prepareStatement("UPDATE planned_case SET state = ?, meeting_date = ?, "
                    + "decided_by = ?, version = version + 1, updated_at = ? WHERE submission_id = ? AND version = ?")) {
                s.setString(1, state.name());
                s.setDate(2, Date.valueOf(meeting));
                s.setString(3, decidedBy);
                Jdbc.setInstant(s, 4, now);
                s.setLong(5, current.card().submission().value());
                s.setInt(6, expectedVersion);
                if (s.executeUpdate() != 1) {
                    throw new ConcurrentPlanningException(number.format() + " is intussen gewijzigd");
                }
            }
            return find(c, number, false).orElseThrow();
        }));
    }

    @Override
    public PlannedCase addExpert(SubmissionNumber number, MailAddress expert, Instant now) {
        return jdbc.inTransaction(() -> jdbc.withConnection(c -> {
            PlannedCase current = find(c, number, true).orElseThrow(() ->
                    new ConcurrentPlanningException(number.format() + " is niet ingepland"));
            try (PreparedStatement s = c.prepareStatement("INSERT IGNORE INTO planned_case_expert "
                    + "(submission_id, mail_address, added_at) VALUES (?,?,?)")) {
                s.setLong(1, current.card().submission().value());
                s.setString(2, expert.value());
                Jdbc.setInstant(s, 3, now);
                s.executeUpdate();
            }
            return find(c, number, false).orElseThrow();
        }));
    }

    @Override
    public List<PlannedCase> forMeeting(LocalDate date, List<PlanningState> states) {
        if (states.isEmpty()) {
            return List.of();
        }
        String in = states.stream().map(st -> "'" + st.name() + "'").collect(Collectors.joining(","));
        return jdbc.withConnection(c -> query(c, "SELECT " + CASE_COLUMNS + " FROM planned_case p "
                + "WHERE p.meeting_date = ? AND p.state IN (" + in + ") "
                + "ORDER BY p.submission_year, p.submission_sequence", s -> s.setDate(1, Date.valueOf(date))));
    }

    @Override
    public List<PlannedCase> list(LocalDate from, LocalDate to, int limit, int offset) {
        return jdbc.withConnection(c -> query(c, "SELECT " + CASE_COLUMNS + " FROM planned_case p "
                + "WHERE p.meeting_date BETWEEN ? AND ? "
                + "ORDER BY p.meeting_date, p.submission_year, p.submission_sequence LIMIT ? OFFSET ?", s -> {
                    s.setDate(1, Date.valueOf(from));
                    s.setDate(2, Date.valueOf(to));
                    s.setInt(3, limit);
                    s.setInt(4, offset);
                }));
    }

    @Override
    public int count(LocalDate from, LocalDate to) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT COUNT(*) FROM planned_case WHERE meeting_date BETWEEN ? AND ?")) {
                s.setDate(1, Date.valueOf(from));
                s.setDate(2, Date.valueOf(to));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    @Override
    public int casesOn(LocalDate date) {
        return jdbc.withConnection(c -> casesOn(c, date));
    }

    private static int casesOn(Connection c, LocalDate date) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM planned_case WHERE meeting_date = ? AND state <> 'DECLINED'")) {
            s.setDate(1, Date.valueOf(date));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static void lockMeeting(Connection c, LocalDate meeting, Instant now) throws SQLException {
        // ON DUPLICATE KEY UPDATE takes the row's exclusive lock at once (INSERT IGNORE + SELECT FOR UPDATE would
        // take a shared lock first and deadlock two planners upgrading it)
        try (PreparedStatement s = c.prepareStatement("INSERT INTO meeting (meeting_date, created_at) VALUES (?, ?) "
                + "ON DUPLICATE KEY UPDATE meeting_date = meeting_date")) {
            s.setDate(1, Date.valueOf(meeting));
            Jdbc.setInstant(s, 2, now);
            s.executeUpdate();
        }
    }

    private static void insert(Connection c, AcceptedCard card, LocalDate meeting, Instant now) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT IGNORE INTO planned_case (submission_id, submission_year, "
                + "submission_sequence, organisation_id, participant_id, follow_up_of, received_on, meeting_date, "
                + "state, version, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,'PROPOSED',0,?,?)")) {
            s.setLong(1, card.submission().value());
            s.setInt(2, card.number().year());
            s.setInt(3, card.number().sequence());
            setOptionalLong(s, 4, card.organisationId());
            setOptionalLong(s, 5, card.participantId());
            setOptionalLong(s, 6, card.followUpOf().map(SubmissionId::value));
            s.setDate(7, Date.valueOf(card.receivedOn()));
            s.setDate(8, Date.valueOf(meeting));
            Jdbc.setInstant(s, 9, now);
            Jdbc.setInstant(s, 10, now);
            s.executeUpdate();
        }
    }

    private static Optional<PlannedCase> find(Connection c, SubmissionNumber number, boolean forUpdate)
            throws SQLException {
        List<PlannedCase> found = query(c, "SELECT " + CASE_COLUMNS + " FROM planned_case p "
                + "WHERE p.submission_year = ? AND p.submission_sequence = ?" + (forUpdate ? " FOR UPDATE" : ""), s -> {
                    s.setInt(1, number.year());
                    s.setInt(2, number.sequence());
                });
        return found.stream().findFirst();
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private static List<PlannedCase> query(Connection c, String sql, Binder binder) throws SQLException {
        List<PlannedCase> cases = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    SubmissionId id = new SubmissionId(rs.getLong("submission_id"));
                    AcceptedCard card = new AcceptedCard(id,
                            new SubmissionNumber(rs.getInt("submission_year"), rs.getInt("submission_sequence")),
                            optionalLong(rs, "organisation_id"), optionalLong(rs, "participant_id"),
                            optionalLong(rs, "follow_up_of").map(SubmissionId::new),
                            rs.getDate("received_on").toLocalDate());
                    cases.add(new PlannedCase(card, rs.getDate("meeting_date").toLocalDate(),
                            PlanningState.valueOf(rs.getString("state")), List.of(), rs.getInt("version")));
                }
            }
        }
        List<PlannedCase> withExperts = new ArrayList<>(cases.size());
        for (PlannedCase planned : cases) {
            withExperts.add(new PlannedCase(planned.card(), planned.meeting(), planned.state(),
                    experts(c, planned.card().submission()), planned.version()));
        }
        return withExperts;
    }

    private static List<MailAddress> experts(Connection c, SubmissionId id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT mail_address FROM planned_case_expert "
                + "WHERE submission_id = ? ORDER BY mail_address")) {
            s.setLong(1, id.value());
            List<MailAddress> experts = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    experts.add(MailAddress.of(rs.getString(1)));
                }
            }
            return experts;
        }
    }

    private static Optional<Long> optionalLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }

    private static void setOptionalLong(PreparedStatement s, int index, Optional<Long> value) throws SQLException {
        if (value.isPresent()) {
            s.setLong(index, value.get());
        } else {
            s.setNull(index, Types.BIGINT);
        }
    }
}
