package nl.vhkgateway.domain.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeetingCalendarTest {

    private static final LocalDate MONDAY_23_NOV = LocalDate.of(2026, 11, 23);

    private final MeetingCalendar calendar = new MeetingCalendar(MeetingCalendarSettings.defaults(),
            new DutchPublicHolidays());

    /** Plans cards one by one as the planning use case does: each on the first free meeting from its earliest. */
    private static List<LocalDate> plan(MeetingCalendar calendar, List<LocalDate> acceptedOn) {
        Map<LocalDate, Integer> load = new HashMap<>();
        List<LocalDate> planned = new ArrayList<>();
        for (LocalDate day : acceptedOn) {
            LocalDate meeting = calendar.nextFreeMeeting(day, m -> load.getOrDefault(m, 0));
            load.merge(meeting, 1, Integer::sum);
            planned.add(meeting);
        }
        return planned;
    }

    @Test
    void aCardAcceptedOnAMondayIsProposedForTheTuesdayOfTheFollowingWeek() {
        LocalDate proposed = calendar.nextFreeMeeting(MONDAY_23_NOV, CaseLoad.none());
        assertEquals(LocalDate.of(2026, 12, 1), proposed);
        assertEquals(DayOfWeek.TUESDAY, proposed.getDayOfWeek());
    }

    @Test
    void everyDayOf2026And2027ProposesTheSameEarliestMeetingAsTheAdrRuleWhenNothingIsPlanned() {
        MeetingPlanner planner = new MeetingPlanner();
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() < 2028; day = day.plusDays(1)) {
            assertEquals(planner.earliestMeeting(day), calendar.nextFreeMeeting(day, CaseLoad.none()), day.toString());
        }
    }

    @Test
    void fiveCardsAcceptedInOneWeekWithCapacityFourPutTheFifthOnTheNextMeeting() {
        MeetingCalendar four = new MeetingCalendar(MeetingCalendarSettings.defaults().withCasesPerMeeting(4),
                new DutchPublicHolidays());
        List<LocalDate> planned = plan(four, List.of(MONDAY_23_NOV, MONDAY_23_NOV, MONDAY_23_NOV.minusDays(1),
                MONDAY_23_NOV, MONDAY_23_NOV));
        LocalDate tuesday = LocalDate.of(2026, 12, 1);
        LocalDate thursday = LocalDate.of(2026, 12, 3);
        assertEquals(List.of(tuesday, tuesday, tuesday, tuesday, thursday), planned);
    }

    @Test
    void aFullMeetingBeforeAHolidaySkipsTheHolidayToo() {
        // Mon 27 Apr 2026 -> Tue 5 May is Bevrijdingsdag -> Thu 7 May; full with 1 per meeting -> Tue 12 May
        MeetingCalendar one = new MeetingCalendar(MeetingCalendarSettings.defaults().withCasesPerMeeting(1),
                new DutchPublicHolidays());
        LocalDate monday = LocalDate.of(2026, 4, 27);
        assertEquals(List.of(LocalDate.of(2026, 5, 7), LocalDate.of(2026, 5, 12), LocalDate.of(2026, 5, 19)),
                plan(one, List.of(monday, monday, monday)), "Thu 14 May is Hemelvaartsdag");
    }

    @Test
    void aClosedDayIsSkippedAndAnExtraMeetingIsUsed() {
        MeetingCalendar closed = new MeetingCalendar(MeetingCalendarSettings.defaults()
                .withClosedDays(Set.of(LocalDate.of(2026, 12, 1))), new DutchPublicHolidays());
        assertEquals(LocalDate.of(2026, 12, 3), closed.nextFreeMeeting(MONDAY_23_NOV, CaseLoad.none()));
        assertFalse(closed.isMeetingDay(LocalDate.of(2026, 12, 1)));

        MeetingCalendar extra = new MeetingCalendar(MeetingCalendarSettings.defaults()
                .withExtraMeetings(Set.of(LocalDate.of(2026, 11, 30))), new DutchPublicHolidays());
        assertEquals(LocalDate.of(2026, 11, 30), extra.nextFreeMeeting(LocalDate.of(2026, 11, 22), CaseLoad.none()),
                "Sunday 22 Nov + 8 days is Monday 30 Nov, an extra meeting");
        assertEquals(LocalDate.of(2026, 12, 1), extra.nextFreeMeeting(MONDAY_23_NOV, CaseLoad.none()));
    }

    @Test
    void aSummerBreakOfClosedDaysMovesEveryCardPastIt() {
        Set<LocalDate> july = new java.util.HashSet<>();
        for (LocalDate d = LocalDate.of(2026, 7, 1); d.getMonthValue() == 7; d = d.plusDays(1)) {
            july.add(d);
        }
        MeetingCalendar summer = new MeetingCalendar(MeetingCalendarSettings.defaults().withClosedDays(july),
                new DutchPublicHolidays());
        assertEquals(LocalDate.of(2026, 8, 4), summer.nextFreeMeeting(LocalDate.of(2026, 6, 25), CaseLoad.none()));
        assertTrue(summer.meetingsBetween(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31)).isEmpty());
    }

    @Test
    void theMeetingsOfAWeekAreTuesdayAndThursdayWithoutHolidays() {
        assertEquals(List.of(LocalDate.of(2026, 5, 12)),
                calendar.meetingsBetween(LocalDate.of(2026, 5, 11), LocalDate.of(2026, 5, 17)));
        assertEquals(List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3)),
                calendar.meetingsBetween(LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 6)));
    }

    @Test
    void slotsFollowEachOtherFromTheFirstSlot() {
        assertEquals(LocalDateTime.of(2026, 12, 1, 9, 0), calendar.slotStart(LocalDate.of(2026, 12, 1), 0));
        assertEquals(LocalDateTime.of(2026, 12, 1, 10, 30), calendar.slotStart(LocalDate.of(2026, 12, 1), 3));
    }

    @Test
    void aFollowUpCardMustBeInAWeekBeforeItsMeeting() {
        LocalDate meeting = LocalDate.of(2026, 12, 8);
        assertTrue(calendar.followUpInTime(LocalDate.of(2026, 12, 1), meeting));
        assertFalse(calendar.followUpInTime(LocalDate.of(2026, 12, 2), meeting));
        assertEquals(LocalDate.of(2026, 12, 1), calendar.followUpDeadline(meeting));
    }

    @Test
    void contradictoryOrEmptySettingsAreRefused() {
        MeetingCalendarSettings defaults = MeetingCalendarSettings.defaults();
        assertThrows(IllegalArgumentException.class, () -> defaults.withCasesPerMeeting(0));
        assertThrows(IllegalArgumentException.class, () -> defaults.withClosedDays(Set.of(LocalDate.of(2026, 12, 2)))
                .withExtraMeetings(Set.of(LocalDate.of(2026, 12, 2))));
        assertThrows(IllegalArgumentException.class, () -> new MeetingCalendarSettings(Set.of(),
                defaults.firstSlot(), defaults.slotLength(), Set.of(), Set.of(), 4));
    }
}
