package nl.vhkgateway.application.agenda;

import nl.vhkgateway.testsupport.TestMail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.OutboxMessage;
import nl.vhkgateway.domain.planning.DutchPublicHolidays;
import nl.vhkgateway.domain.planning.MeetingCalendar;
import nl.vhkgateway.domain.planning.MeetingCalendarSettings;
import nl.vhkgateway.domain.planning.PlannedCase;
import nl.vhkgateway.domain.planning.PlanningState;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import nl.vhkgateway.infrastructure.persistence.JdbcOutboxRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcParticipantRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcPlanningRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcTransactions;
import nl.vhkgateway.testsupport.TestDatabase;
import nl.vhkgateway.testsupport.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Planning against a real MariaDB: proposals, capacity under concurrency, accept / move / decline, experts. */
class PlanningServiceIT {

    /** Monday 23 November 2026, 10:00 in Amsterdam. */
    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final LocalDate TUESDAY_NEXT_WEEK = LocalDate.of(2026, 12, 1);
    private static final LocalDate THURSDAY_NEXT_WEEK = LocalDate.of(2026, 12, 3);

    private DataSource dataSource;
    private AgendaTestData data;
    private MutableClock clock;
    private JdbcOutboxRepository outbox;
    private PlanningService planning;

    @BeforeEach
    void freshDatabase() {
        dataSource = TestDatabase.fresh("agenda_planning");
        data = new AgendaTestData(dataSource);
        clock = new MutableClock(MONDAY.plusSeconds(3600));
        JdbcTransactions jdbc = new JdbcTransactions(dataSource);
        outbox = new JdbcOutboxRepository(jdbc);
        planning = new PlanningService(new JdbcPlanningRepository(jdbc),
                new MeetingCalendar(MeetingCalendarSettings.defaults().withCasesPerMeeting(4), new DutchPublicHolidays()),
                outbox, new JdbcParticipantRepository(dataSource, clock),
                new AgendaMailComposer(MailAddress.of("vht@gateway.example"), clock), jdbc, clock);
    }

    private static SubmissionNumber number(int n) {
        return new SubmissionNumber(2026, n);
    }

    @Test
    void aCardAcceptedOnAMondayIsProposedForTheTuesdayOfTheFollowingWeekOnce() {
        data.accepted(MONDAY);
        List<PlannedCase> proposed = planning.proposeAccepted(100);
        assertEquals(1, proposed.size());
        assertEquals(TUESDAY_NEXT_WEEK, proposed.get(0).meeting());
        assertEquals(PlanningState.PROPOSED, proposed.get(0).state());
        assertEquals(List.of(), planning.proposeAccepted(100), "a second run proposes nothing again");
    }

    @Test
    void fiveCardsAcceptedInOneWeekWithCapacityFourPutTheFifthOnTheNextMeeting() {
        for (int i = 0; i < 5; i++) {
            data.accepted(MONDAY.plusSeconds(60L * i));
        }
        List<LocalDate> meetings = planning.proposeAccepted(100).stream().map(PlannedCase::meeting).toList();
        assertEquals(List.of(TUESDAY_NEXT_WEEK, TUESDAY_NEXT_WEEK, TUESDAY_NEXT_WEEK, TUESDAY_NEXT_WEEK,
                THURSDAY_NEXT_WEEK), meetings);
    }

    @Test
    void concurrentPlannersNeverPutMoreThanFourCasesOnAMeeting() throws Exception {
        for (int i = 0; i < 14; i++) {
            data.accepted(MONDAY.plusSeconds(60L * i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            Callable<Void> work = () -> {
                start.await();
                planning.proposeAccepted(100);
                return null;
            };
            futures.add(pool.submit(work));
        }
        start.countDown();
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        Map<LocalDate, Long> perMeeting = new java.util.TreeMap<>();
        for (int n = 1; n <= 14; n++) {
            perMeeting.merge(planning.find(number(n)).orElseThrow().meeting(), 1L, Long::sum);
        }
        assertEquals(Map.of(TUESDAY_NEXT_WEEK, 4L, THURSDAY_NEXT_WEEK, 4L, LocalDate.of(2026, 12, 8), 4L,
                LocalDate.of(2026, 12, 10), 2L), perMeeting);
    }

    @Test
    void theVoorzitterAcceptsAndMovesWithinTheRules() {
        data.accepted(MONDAY);
        planning.proposeAccepted(100);
        PlannedCase accepted = planning.accept(number(1), "voorzitter");
        assertEquals(PlanningState.ACCEPTED, accepted.state());
        assertEquals(TUESDAY_NEXT_WEEK, accepted.meeting());

        PlannedCase moved = planning.move(number(1), LocalDate.of(2026, 12, 10), "voorzitter");
        assertEquals(LocalDate.of(2026, 12, 10), moved.meeting());
        assertEquals(PlanningState.ACCEPTED, moved.state());

        PlanningProblem notAMeeting = assertThrows(PlanningProblem.class,
                () -> planning.move(number(1), LocalDate.of(2026, 12, 9), "voorzitter"));
        assertEquals(PlanningProblem.Kind.INVALID, notAMeeting.kind());
        PlanningProblem tooEarly = assertThrows(PlanningProblem.class,
                () -> planning.move(number(1), LocalDate.of(2026, 11, 26), "voorzitter"));
        assertTrue(tooEarly.getMessage().contains("een week"), tooEarly.getMessage());
        assertEquals(PlanningProblem.Kind.NOT_FOUND, assertThrows(PlanningProblem.class,
                () -> planning.accept(number(99), "voorzitter")).kind());
    }

    @Test
    void movingToAFullMeetingIsAConflict() {
        for (int i = 0; i < 5; i++) {
            data.accepted(MONDAY.plusSeconds(60L * i));
        }
        planning.proposeAccepted(100);
        PlanningProblem full = assertThrows(PlanningProblem.class,
                () -> planning.move(number(5), TUESDAY_NEXT_WEEK, "voorzitter"));
        assertEquals(PlanningProblem.Kind.CONFLICT, full.kind());
        assertTrue(full.getMessage().contains("vol"), full.getMessage());
        assertEquals(THURSDAY_NEXT_WEEK, planning.find(number(5)).orElseThrow().meeting());
    }

    @Test
    void aDeclineMailsTheReasonInDutchToTheVasteDeelnemerExactlyOnceAndFreesThePlace() throws Exception {
        for (int i = 0; i < 5; i++) {
            data.accepted(MONDAY.plusSeconds(60L * i));
        }
        planning.proposeAccepted(100);
        PlannedCase declined = planning.decline(number(2), "Er is al een lopend traject bij Veilig Thuis.",
                "voorzitter");
        assertEquals(PlanningState.DECLINED, declined.state());
        assertEquals(PlanningProblem.Kind.CONFLICT, assertThrows(PlanningProblem.class,
                () -> planning.decline(number(2), "nogmaals", "voorzitter")).kind());

        List<OutboxMessage> messages = outbox.findBySubmission(new SubmissionId(2));
        assertEquals(1, messages.size());
        OutboxMessage message = messages.get(0);
        assertEquals("PLANNING_DECLINED", message.purpose());
        assertEquals(List.of(AgendaTestData.DEELNEMER), message.recipients().stream().map(MailAddress::value).toList());
        byte[] raw = outbox.claim(message.id(), clock.instant(), clock.instant()).orElseThrow().rawMime();
        MimeMessage mime = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
        assertEquals("Inbreng VHT-2026-0002 wordt niet besproken", mime.getSubject());
        String body = TestMail.plainText(mime).replace("\r\n", "\n");
        assertTrue(body.contains("Er is al een lopend traject bij Veilig Thuis."), body);
        assertTrue(body.contains("dinsdag 1 december 2026"), body);
        assertEquals("auto-generated", mime.getHeader("Auto-Submitted", null));

        PlannedCase fifth = planning.move(number(5), TUESDAY_NEXT_WEEK, "voorzitter");
        assertEquals(TUESDAY_NEXT_WEEK, fifth.meeting(), "the declined case no longer takes a place");
        assertEquals(PlanningProblem.Kind.INVALID, assertThrows(PlanningProblem.class,
                () -> planning.decline(number(3), "  ", "voorzitter")).kind());
    }

    @Test
    void expertsAreInvitedOnceAndMustHaveAValidAddress() {
        data.accepted(MONDAY);
        planning.proposeAccepted(100);
        planning.addExpert(number(1), "Jeugdarts@GGD.example", "voorzitter");
        PlannedCase twice = planning.addExpert(number(1), "Jeugdarts@GGD.example", "voorzitter");
        assertEquals(1, twice.experts().size());
        assertEquals(PlanningProblem.Kind.INVALID, assertThrows(PlanningProblem.class,
                () -> planning.addExpert(number(1), "geen adres", "voorzitter")).kind());
        assertEquals(Optional.of(1), planning.find(number(1)).map(p -> p.experts().size()));
        assertEquals("ggd.example", twice.experts().get(0).domain());
        assertTrue(twice.experts().stream().map(MailAddress::value).collect(Collectors.joining()).contains("@"));
    }

    @Test
    void aDecisionOnAnOlderVersionIsRefusedWithTheConsolesDutchMessageAndChangesNothing() {
        data.accepted(MONDAY);
        PlannedCase proposed = planning.proposeAccepted(100).get(0);
        int seen = proposed.version();
        planning.addExpert(number(1), "jeugdarts@ggd.example", "voorzitter");
        planning.move(number(1), LocalDate.of(2026, 12, 10), seen, "voorzitter");
        PlanningProblem stale = assertThrows(PlanningProblem.class,
                () -> planning.accept(number(1), seen, "voorzitter"));
        assertEquals(PlanningProblem.Kind.CONFLICT, stale.kind());
        assertEquals("De planning is intussen gewijzigd; laad de pagina opnieuw.", stale.getMessage());
        assertThrows(PlanningProblem.class, () -> planning.decline(number(1), "Geen plek", seen, "voorzitter"));
        assertThrows(PlanningProblem.class, () -> planning.move(number(1), THURSDAY_NEXT_WEEK, seen, "voorzitter"));
        PlannedCase current = planning.find(number(1)).orElseThrow();
        assertEquals(LocalDate.of(2026, 12, 10), current.meeting(), "the stale decisions changed nothing");
        assertEquals(PlanningState.ACCEPTED, current.state());
        assertEquals(LocalDate.of(2026, 11, 23), planning.today(), "today by the agenda's (moved) clock");

        PlannedCase declined = planning.decline(number(1), "Geen plek", current.version(), "voorzitter");
        assertEquals(PlanningState.DECLINED, declined.state());
        assertTrue(declined.version() > current.version());
    }

    @Test
    void aCasesTermsAreListedWithTheirDoneState() {
        data.accepted(MONDAY);
        planning.proposeAccepted(100);
        planning.accept(number(1), "voorzitter");
        JdbcTransactions jdbc = new JdbcTransactions(dataSource);
        TermService terms = new TermService(new JdbcPlanningRepository(jdbc),
                new nl.vhkgateway.infrastructure.persistence.JdbcTermRepository(jdbc),
                new nl.vhkgateway.domain.planning.TermRules(new nl.vhkgateway.domain.planning.WorkingDays()), clock);
        assertEquals(List.of(), terms.termsOf(number(1)), "no outcome yet: no terms");
        terms.recordOutcome(number(1), false, Optional.empty(), Optional.empty(), Optional.empty());
        terms.markDone(number(1), nl.vhkgateway.domain.planning.TermKind.PARENTS_REACTION);
        List<nl.vhkgateway.domain.planning.RecordedTerm> listed = terms.termsOf(number(1));
        assertEquals(1, listed.size(), listed.toString());
        assertTrue(listed.get(0).done());
        assertEquals(LocalDate.of(2026, 12, 8), listed.get(0).term().due(), "5 working days after Tuesday 1 Dec");
        assertEquals(List.of(), terms.termsOf(number(2)));
    }
}
