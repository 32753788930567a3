package nl.vhkgateway.application.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.planning.DutchPublicHolidays;
import nl.vhkgateway.domain.planning.MeetingCalendar;
import nl.vhkgateway.domain.planning.MeetingCalendarSettings;
import nl.vhkgateway.domain.planning.MeetingDayChange;
import nl.vhkgateway.infrastructure.persistence.JdbcMeetingDayRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcOutboxRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcParticipantRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcPlanningRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcTransactions;
import nl.vhkgateway.testsupport.MutableClock;
import nl.vhkgateway.testsupport.TestDatabase;

/**
 * The beheerder's closed days and extra meetings on a real MariaDB (V18): stored on top of the configuration, followed
 * by the planning at once on this instance and after the refresh time on another, with the Dutch refusals.
 */
class MeetingDayServiceIT {

    /** Monday 23 November 2026, 10:00 in Amsterdam. */
    private static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");
    private static final LocalDate TUESDAY_NEXT_WEEK = LocalDate.of(2026, 12, 1);
    private static final LocalDate WEDNESDAY_NEXT_WEEK = LocalDate.of(2026, 12, 2);
    private static final LocalDate THURSDAY_NEXT_WEEK = LocalDate.of(2026, 12, 3);
    private static final LocalDate CONFIGURED_CLOSED = LocalDate.of(2026, 12, 8);

    private AgendaTestData data;
    private MutableClock clock;
    private JdbcTransactions jdbc;
    private final AtomicLong nanos = new AtomicLong();
    private MeetingDayService days;
    private PlanningService planning;
    private MeetingCalendarSettings settings;

    @BeforeEach
    void freshDatabase() {
        DataSource dataSource = TestDatabase.fresh("agenda_meeting_days");
        data = new AgendaTestData(dataSource);
        clock = new MutableClock(MONDAY);
        jdbc = new JdbcTransactions(dataSource);
        settings = MeetingCalendarSettings.defaults().withCasesPerMeeting(4).withClosedDays(Set.of(CONFIGURED_CLOSED));
        days = service();
        planning = new PlanningService(new JdbcPlanningRepository(jdbc),
                new MeetingCalendar(settings, new DutchPublicHolidays(), days), new JdbcOutboxRepository(jdbc),
                new JdbcParticipantRepository(dataSource, clock),
                new AgendaMailComposer(MailAddress.of("vht@gateway.example"), clock), jdbc, clock);
    }

    private MeetingDayService service() {
        return new MeetingDayService(new JdbcMeetingDayRepository(jdbc),
                new MeetingCalendar(settings, new DutchPublicHolidays()), new JdbcPlanningRepository(jdbc), clock,
                nanos::get);
    }

    @Test
    void aClosedDayAndAnExtraMeetingSteerTheProposalsAndCanBeRemovedAgain() {
        days.add(TUESDAY_NEXT_WEEK, MeetingDayChange.Kind.CLOSED, "beheerder");
        days.add(WEDNESDAY_NEXT_WEEK, MeetingDayChange.Kind.EXTRA, "beheerder");
        assertEquals(List.of(TUESDAY_NEXT_WEEK, WEDNESDAY_NEXT_WEEK), days.added().stream()
                .map(MeetingDayChange::day).toList());
        assertEquals("beheerder", days.added().get(0).createdBy());
        data.accepted(MONDAY);
        assertEquals(WEDNESDAY_NEXT_WEEK, planning.proposeAccepted(10).get(0).meeting(),
                "Tuesday closed, the extra meeting on Wednesday is the first one");

        PlanningProblem busy = assertThrows(PlanningProblem.class, () -> days.remove(WEDNESDAY_NEXT_WEEK));
        assertEquals(PlanningProblem.Kind.CONFLICT, busy.kind());
        assertEquals(PlanningProblem.Kind.CONFLICT, assertThrows(PlanningProblem.class,
                () -> days.add(WEDNESDAY_NEXT_WEEK, MeetingDayChange.Kind.EXTRA, "beheerder")).kind(),
                "one change per day");
        PlanningProblem already = assertThrows(PlanningProblem.class,
                () -> days.add(THURSDAY_NEXT_WEEK, MeetingDayChange.Kind.EXTRA, "beheerder"));
        assertEquals("Op donderdag 3 december 2026 is er al een bespreking.", already.getMessage());

        days.remove(TUESDAY_NEXT_WEEK);
        assertTrue(planning.calendar().isMeetingDay(TUESDAY_NEXT_WEEK), "removed: a meeting again at once");
        assertEquals(List.of(WEDNESDAY_NEXT_WEEK), days.added().stream().map(MeetingDayChange::day).toList());
    }

    @Test
    void theRulesRefuseInDutch() {
        data.accepted(MONDAY);
        planning.proposeAccepted(10);
        PlanningProblem withCases = assertThrows(PlanningProblem.class,
                () -> days.add(TUESDAY_NEXT_WEEK, MeetingDayChange.Kind.CLOSED, "beheerder"));
        assertEquals(PlanningProblem.Kind.CONFLICT, withCases.kind());
        assertEquals("Op dinsdag 1 december 2026 staat 1 casus; laat de voorzitter die eerst verplaatsen of afwijzen.",
                withCases.getMessage());
        assertEquals(PlanningProblem.Kind.INVALID, assertThrows(PlanningProblem.class,
                () -> days.add(LocalDate.of(2026, 11, 20), MeetingDayChange.Kind.EXTRA, "beheerder")).kind(),
                "in the past");
        PlanningProblem notAMeeting = assertThrows(PlanningProblem.class,
                () -> days.add(WEDNESDAY_NEXT_WEEK, MeetingDayChange.Kind.CLOSED, "beheerder"));
        assertTrue(notAMeeting.getMessage().contains("geen bespreking"), notAMeeting.getMessage());
        PlanningProblem configured = assertThrows(PlanningProblem.class,
                () -> days.add(CONFIGURED_CLOSED, MeetingDayChange.Kind.EXTRA, "beheerder"));
        assertTrue(configured.getMessage().contains("configuratie"), configured.getMessage());
        days.add(THURSDAY_NEXT_WEEK, MeetingDayChange.Kind.CLOSED, "beheerder");
        assertEquals(PlanningProblem.Kind.CONFLICT, assertThrows(PlanningProblem.class,
                () -> days.add(THURSDAY_NEXT_WEEK, MeetingDayChange.Kind.CLOSED, "beheerder")).kind(),
                "one change per day");
        assertEquals(PlanningProblem.Kind.NOT_FOUND, assertThrows(PlanningProblem.class,
                () -> days.remove(CONFIGURED_CLOSED)).kind(), "the configuration's days are not removed here");
        assertEquals(Set.of(CONFIGURED_CLOSED), days.configured().closed());
    }

    @Test
    void anotherInstanceSeesAChangeAfterTheRefreshTime() {
        MeetingDayService other = service();
        assertTrue(other.current().closed().isEmpty());
        days.add(TUESDAY_NEXT_WEEK, MeetingDayChange.Kind.CLOSED, "beheerder");
        assertTrue(days.current().closed().contains(TUESDAY_NEXT_WEEK), "this instance at once");
        assertFalse(other.current().closed().contains(TUESDAY_NEXT_WEEK), "the other from its snapshot");
        nanos.addAndGet(java.time.Duration.ofSeconds(MeetingDayService.REFRESH_SECONDS).toNanos());
        assertTrue(other.current().closed().contains(TUESDAY_NEXT_WEEK), "after the refresh time");
    }
}
