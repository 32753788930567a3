package nl.vhkgateway.application.agenda;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import nl.vhkgateway.application.security.Roles;
import nl.vhkgateway.domain.card.CardPart;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.planning.CalendarFeed;
import nl.vhkgateway.domain.planning.DutchPublicHolidays;
import nl.vhkgateway.domain.planning.MeetingCalendar;
import nl.vhkgateway.domain.planning.MeetingCalendarSettings;
import nl.vhkgateway.domain.planning.MeetingPlanner;
import nl.vhkgateway.domain.planning.TermRules;
import nl.vhkgateway.domain.planning.WorkingDays;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import nl.vhkgateway.infrastructure.calendar.Ical4jCalendarWriter;
import nl.vhkgateway.infrastructure.persistence.JdbcCalendarFeedRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcOutboxRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcParticipantRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcPlanningRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcTermRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcTransactions;
import nl.vhkgateway.testsupport.MutableClock;
import nl.vhkgateway.testsupport.TestDatabase;
import nl.vhkgateway.testsupport.docx.WordDocxBuilder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calendar feed on a real MariaDB, written with ical4j and read back with a second, independent parser
 * (biweekly): two cards received Monday 7 Dec 2026 are on the meeting of Tuesday 15 Dec, the first accepted with an
 * outcome (so it has terms), the second (another organisation's) only proposed. The feed holds the meetings, the
 * cases in their slots and the open terms, and none of the card's text, names or addresses; a vaste deelnemer sees
 * only their own organisation's cases; a revoked, unknown or malformed token gives no feed.
 */
class CalendarFeedServiceIT {

    private static final String VT_DEELNEMER = "deelnemer@veiligthuis.example";
    private static final SubmissionNumber FIRST = new SubmissionNumber(2026, 1);
    private static final SubmissionNumber SECOND = new SubmissionNumber(2026, 2);
    private static final LocalDate MEETING = LocalDate.of(2026, 12, 15);
    private static final String QUESTION = "Welke hulp is nodig om de veiligheid van Jaimy te herstellen";
    private static final String CARD_ONLY_TEXT = "Herhaald huiselijk geweld waar de kinderen bij zijn";
    private static final List<String> NEVER_IN_A_FEED = List.of(QUESTION, CARD_ONLY_TEXT, "Jaimy", "geweld",
            AgendaTestData.DEELNEMER, VT_DEELNEMER, "Vaste Deelnemer", "Deelnemer Veilig Thuis", "Gemeente Roosendaal",
            "Veilig Thuis West-Brabant", "gemeente-roosendaal", "veiligthuis.example");

    private DataSource dataSource;
    private JdbcTransactions jdbc;
    private MutableClock clock;
    private MeetingCalendar calendar;
    private CalendarFeedService feeds;

    @BeforeEach
    void twoCasesOnOneMeeting() {
        dataSource = TestDatabase.fresh("agenda_feed");
        AgendaTestData data = new AgendaTestData(dataSource);
        TestDatabase.execute(dataSource,
                "INSERT INTO organisation (id, type, name, receiving_mailbox, created_at, updated_at) VALUES (2, "
                        + "'VEILIG_THUIS', 'Veilig Thuis West-Brabant', 'intake@veiligthuis.example', NOW(), NOW())",
                "INSERT INTO participant (id, organisation_id, name, mail_address, created_at, updated_at) "
                        + "VALUES (2, 2, 'Deelnemer Veilig Thuis', '" + VT_DEELNEMER + "', NOW(), NOW())");
        jdbc = new JdbcTransactions(dataSource);
        clock = new MutableClock(Instant.parse("2026-12-07T12:00:00Z"));
        int first = data.accepted(Instant.parse("2026-12-07T09:00:00Z"));
        int second = data.accepted(Instant.parse("2026-12-07T10:00:00Z"));
        TestDatabase.execute(dataSource, "UPDATE submission_intake SET organisation_id = 2, participant_id = 2 "
                + "WHERE submission_id = " + second);
        summary(first);
        summary(second);
        calendar = new MeetingCalendar(MeetingCalendarSettings.defaults(), new DutchPublicHolidays());
        JdbcOutboxRepository outbox = new JdbcOutboxRepository(jdbc);
        PlanningService planning = new PlanningService(new JdbcPlanningRepository(jdbc), calendar, outbox,
                new JdbcParticipantRepository(dataSource, clock),
                new AgendaMailComposer(MailAddress.of("vht@gateway.example"), clock), jdbc, clock);
        assertEquals(2, planning.proposeAccepted(10).size());
        planning.accept(FIRST, "voorzitter");
        new TermService(new JdbcPlanningRepository(jdbc), new JdbcTermRepository(jdbc),
                new TermRules(new WorkingDays()), clock).recordOutcome(FIRST, true,
                Optional.of(LocalDate.of(2026, 12, 28)), Optional.empty(), Optional.empty());
        feeds = new CalendarFeedService(new JdbcCalendarFeedRepository(jdbc), new JdbcPlanningRepository(jdbc),
                new JdbcTermRepository(jdbc), new JdbcParticipantRepository(dataSource, clock), calendar,
                new Ical4jCalendarWriter(), clock);
    }

    /** The sanitised card as the intake leaves it for the voorzitter: card text in the database, next to the plan. */
    private void summary(int submission) {
        byte[] docx = WordDocxBuilder.card().part(CardPart.VOORBLAD)
                .section(Section.DATUM, "07-12-2026")
                .section(Section.SOORT_INBRENG, "Eerste inbreng")
                .section(Section.VRAAG_AAN_VHT, QUESTION)
                .part(CardPart.VEILIGHEIDSKAART)
                .section(Section.ONVEILIGHEID, CARD_ONLY_TEXT)
                .build();
        AgendaMailComposer composer = new AgendaMailComposer(MailAddress.of("vht@gateway.example"), clock);
        new JdbcOutboxRepository(jdbc).add(Optional.of(new SubmissionId(submission)), List.of(composer.compose(
                "SUMMARY_VOORZITTER", "summary/" + submission, List.of(MailAddress.of("voorzitter@vht.example")),
                new nl.vhkgateway.application.intake.messages.MailText("Nieuwe inbreng " + QUESTION, QUESTION),
                List.of(new AgendaMailComposer.Attachment("Veiligheidskaart.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx)))),
                clock.instant());
    }

    private List<String> storedHashes() {
        try (java.sql.Connection c = dataSource.getConnection();
             java.sql.ResultSet rs = c.createStatement().executeQuery(
                     "SELECT token_sha256, owner FROM calendar_feed ORDER BY token_sha256")) {
            List<String> hashes = new java.util.ArrayList<>();
            while (rs.next()) {
                hashes.add(rs.getString(1));
            }
            return hashes;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, VEvent> parse(String ics) {
        ICalendar parsed = Biweekly.parse(ics).first();
        assertNotNull(parsed, "biweekly reads the feed");
        assertEquals(biweekly.ICalVersion.V2_0, parsed.getVersion());
        List<VEvent> events = parsed.getEvents();
        assertEquals(events.size(), new HashSet<>(events.stream().map(e -> e.getUid().getValue()).toList()).size(),
                "every UID once");
        for (VEvent event : events) {
            assertNotNull(event.getDateTimeStamp(), "DTSTAMP of " + event.getUid().getValue());
            assertNotNull(event.getDateStart(), "DTSTART of " + event.getUid().getValue());
            assertNotNull(event.getSummary(), "SUMMARY of " + event.getUid().getValue());
        }
        return events.stream().collect(Collectors.toMap(e -> e.getUid().getValue(), Function.identity()));
    }

    private Instant slot(int index) {
        return calendar.slotStart(MEETING, index).atZone(MeetingPlanner.TEAM_ZONE).toInstant();
    }

    @Test
    void theVoorzittersFeedHoldsMeetingsCasesInTheirSlotsAndOpenTermsAndNoCardText() {
        String token = feeds.create(new FeedOwner(Roles.VOORZITTER, "voorzitter")).token();
        String ics = feeds.feed(token).orElseThrow();
        for (String secret : NEVER_IN_A_FEED) {
            assertFalse(ics.toLowerCase().contains(secret.toLowerCase()), "the feed holds '" + secret + "'");
        }
        Map<String, VEvent> events = parse(ics);

        VEvent meeting = events.get("overleg-2026-12-15@vhk-gateway");
        assertNotNull(meeting, events.keySet()::toString);
        assertEquals("Overleg VeiligheidsTeam", meeting.getSummary().getValue());
        assertEquals(slot(0), meeting.getDateStart().getValue().toInstant());
        assertEquals(slot(4), meeting.getDateEnd().getValue().toInstant());
        assertTrue(events.containsKey("overleg-2026-12-17@vhk-gateway"), "Thursday's meeting");
        assertFalse(events.keySet().stream().anyMatch(uid -> uid.startsWith("overleg-2026-12-25")), "Kerst");

        VEvent first = events.get("inbreng-VHT-2026-0001@vhk-gateway");
        assertEquals("VHT-2026-0001", first.getSummary().getValue());
        assertEquals(slot(0), first.getDateStart().getValue().toInstant());
        assertEquals(slot(1), first.getDateEnd().getValue().toInstant());
        assertTrue(first.getDateStart().getValue().hasTime());
        VEvent second = events.get("inbreng-VHT-2026-0002@vhk-gateway");
        assertEquals("VHT-2026-0002 (voorgesteld)", second.getSummary().getValue());
        assertEquals(slot(1), second.getDateStart().getValue().toInstant());

        VEvent parents = events.get("termijn-VHT-2026-0001-PARENTS_REACTION@vhk-gateway");
        assertNotNull(parents, events.keySet()::toString);
        assertEquals("VHT-2026-0001: Reactietermijn ouders en jeugdige (5 werkdagen)", parents.getSummary().getValue());
        assertFalse(parents.getDateStart().getValue().hasTime(), "a term is an all-day event");
        assertEquals(LocalDate.of(2026, 12, 22), parents.getDateStart().getValue().toInstant()
                .atZone(ZoneId.systemDefault()).toLocalDate());
        assertTrue(events.containsKey("termijn-VHT-2026-0001-INTERVENTION_TALK@vhk-gateway"));
        assertTrue(events.containsKey("termijn-VHT-2026-0001-RVDK_FIRST@vhk-gateway"));
        assertEquals(Instant.parse("2026-12-07T12:00:00Z"), first.getDateTimeStamp().getValue().toInstant());

        clock.advance(java.time.Duration.ofHours(1));
        Map<String, VEvent> later = parse(feeds.feed(token).orElseThrow());
        assertEquals(events.keySet(), later.keySet(), "stable UIDs");
    }

    @Test
    void aVasteDeelnemerSeesOnlyTheirOwnOrganisationsCasesAndTerms() {
        String vt = feeds.create(new FeedOwner(Roles.DEELNEMER, VT_DEELNEMER)).token();
        Map<String, VEvent> events = parse(feeds.feed(vt).orElseThrow());
        assertTrue(events.containsKey("inbreng-VHT-2026-0002@vhk-gateway"), events.keySet()::toString);
        assertTrue(events.containsKey("overleg-2026-12-15@vhk-gateway"));
        assertFalse(events.keySet().stream().anyMatch(uid -> uid.contains("VHT-2026-0001")), events.keySet()::toString);

        String roosendaal = feeds.create(new FeedOwner(Roles.DEELNEMER, AgendaTestData.DEELNEMER)).token();
        Map<String, VEvent> own = parse(feeds.feed(roosendaal).orElseThrow());
        assertTrue(own.containsKey("inbreng-VHT-2026-0001@vhk-gateway"));
        assertTrue(own.containsKey("termijn-VHT-2026-0001-PARENTS_REACTION@vhk-gateway"));
        assertFalse(own.keySet().stream().anyMatch(uid -> uid.contains("VHT-2026-0002")), own.keySet()::toString);

        TestDatabase.execute(dataSource, "UPDATE participant SET active = FALSE WHERE id = 2");
        assertEquals(Optional.empty(), feeds.feed(vt), "a deactivated deelnemer's feed is gone");
    }

    @Test
    void aRevokedUnknownOrMalformedTokenGivesNoFeedAndOnlyTheOwnerRevokes() {
        FeedOwner voorzitter = new FeedOwner(Roles.VOORZITTER, "voorzitter");
        FeedOwner deelnemer = new FeedOwner(Roles.DEELNEMER, VT_DEELNEMER);
        CalendarFeedService.CreatedFeed created = feeds.create(voorzitter);
        CalendarFeedService.CreatedFeed other = feeds.create(deelnemer);
        assertEquals(43, created.token().length());
        assertEquals(CalendarFeedService.sha256(created.token()), created.feed().id());
        assertEquals(List.of(created.feed().id(), other.feed().id()).stream().sorted().toList(), storedHashes(),
                "only the hashes are stored");

        assertEquals(Optional.empty(), feeds.revoke(deelnemer, created.feed().id()), "another user's feed: as unknown");
        assertTrue(feeds.feed(created.token()).isPresent());
        assertEquals(List.of(created.feed().id()), feeds.list(voorzitter, 50, 0).stream().map(CalendarFeed::id).toList());
        assertEquals(1, feeds.count(deelnemer));

        CalendarFeed revoked = feeds.revoke(voorzitter, created.feed().id()).orElseThrow();
        assertFalse(revoked.active());
        assertEquals(Optional.empty(), feeds.feed(created.token()), "revoked");
        assertTrue(feeds.revoke(voorzitter, created.feed().id()).isPresent(), "revoking again is harmless");
        assertTrue(feeds.feed(other.token()).isPresent(), "the other user's feed still works");

        String unknown = "A".repeat(43);
        assertEquals(Optional.empty(), feeds.feed(unknown));
        assertEquals(Optional.empty(), feeds.feed("abc"));
        assertEquals(Optional.empty(), feeds.feed(created.feed().id()), "the id is not a token");
        assertEquals(Optional.empty(), feeds.revoke(voorzitter, "0"));
    }
}
