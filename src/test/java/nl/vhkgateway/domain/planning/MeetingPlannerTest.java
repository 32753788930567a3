package nl.vhkgateway.domain.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MeetingPlannerTest {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    /** Public holidays 2026-2028 as published (rijksoverheid.nl), written out by hand: not computed. */
    private static final Set<LocalDate> PUBLISHED_HOLIDAYS = Stream.of(
            "2026-01-01", "2026-04-03", "2026-04-05", "2026-04-06", "2026-04-27", "2026-05-05", "2026-05-14",
            "2026-05-24", "2026-05-25", "2026-12-25", "2026-12-26",
            "2027-01-01", "2027-03-26", "2027-03-28", "2027-03-29", "2027-04-27", "2027-05-05", "2027-05-06",
            "2027-05-16", "2027-05-17", "2027-12-25", "2027-12-26",
            "2028-01-01", "2028-04-14", "2028-04-16", "2028-04-17", "2028-04-27", "2028-05-05", "2028-05-25",
            "2028-06-04", "2028-06-05", "2028-12-25", "2028-12-26").map(LocalDate::parse).collect(
            java.util.stream.Collectors.toSet());

    private final MeetingPlanner planner = new MeetingPlanner();

    /**
     * The rule as the seed documents word it, week by week: the Tuesday of next week needs the card by this week's
     * Monday, the Thursday of next week by this week's Wednesday; walk the weeks from the week of receipt and take
     * the first meeting whose deadline is not yet past and that is not a holiday.
     */
    private static LocalDate bySeedWording(LocalDate received) {
        LocalDate monday = received.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (int week = 0; ; week++) {
            LocalDate thisMonday = monday.plusWeeks(week);
            LocalDate mondayDeadline = thisMonday;
            LocalDate wednesdayDeadline = thisMonday.plusDays(2);
            LocalDate tuesdayNextWeek = thisMonday.plusWeeks(1).plusDays(1);
            LocalDate thursdayNextWeek = thisMonday.plusWeeks(1).plusDays(3);
            if (!received.isAfter(mondayDeadline) && !PUBLISHED_HOLIDAYS.contains(tuesdayNextWeek)) {
                return tuesdayNextWeek;
            }
            if (!received.isAfter(wednesdayDeadline) && !PUBLISHED_HOLIDAYS.contains(thursdayNextWeek)) {
                return thursdayNextWeek;
            }
        }
    }

    @Test
    void everyDayOf2026And2027AgreesWithTheRuleAsWorded() {
        int days = 0;
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() < 2028; day = day.plusDays(1)) {
            LocalDate expected = bySeedWording(day);
            assertEquals(expected, planner.earliestMeeting(day), "card received " + day);
            // at least one week before, as the voorzitter requires
            assertEquals(true, expected.minusDays(7).isAfter(day), "a week before for " + day);
            days++;
        }
        assertEquals(730, days);
    }

    @ParameterizedTest(name = "received {0} -> {1}")
    @CsvSource({
            // ordinary week (23 November 2026 is a Monday)
            "2026-11-23T23:59:00+01:00, 2026-12-01",   // Monday, last minute: Tuesday of the next week
            "2026-11-24T00:00:00+01:00, 2026-12-03",   // Tuesday: Thursday of the next week
            "2026-11-25T18:00:00+01:00, 2026-12-03",   // Wednesday: Thursday of the next week
            "2026-11-26T08:00:00+01:00, 2026-12-08",   // Thursday: Tuesday of the week after next
            "2026-11-29T12:00:00+01:00, 2026-12-08",   // Sunday: still in time for Monday's deadline
            // the instant is judged in Amsterdam: 23:30 UTC on Monday is already Tuesday there
            "2026-11-23T23:30:00Z, 2026-12-03",
            // holidays on a meeting day move the meeting to the next Tuesday/Thursday
            "2026-04-27T10:00:00+02:00, 2026-05-07",   // Tuesday 5 May 2026 is Bevrijdingsdag -> Thursday 7 May
            "2026-05-05T10:00:00+02:00, 2026-05-19",   // Thursday 14 May 2026 is Hemelvaartsdag -> Tuesday 19 May
            "2026-12-23T10:00:00+01:00, 2026-12-31",   // Wednesday before Christmas -> Thursday 31 December
            "2026-12-24T10:00:00+01:00, 2027-01-05",   // Thursday -> Tuesday 5 January 2027
            "2025-12-17T10:00:00+01:00, 2025-12-30",   // Thursday 25 December 2025 is Kerst -> Tuesday 30 Dec
            "2026-12-16T10:00:00+01:00, 2026-12-24",   // Wednesday -> Thursday 24 December (no holiday)
            "2026-12-21T10:00:00+01:00, 2026-12-29",   // Monday -> Tuesday 29 December
            "2025-12-22T10:00:00+01:00, 2025-12-30",   // Monday -> Tuesday 30 December
            "2025-12-24T10:00:00+01:00, 2026-01-06",   // Wednesday: Thursday 1 January 2026 is Nieuwjaarsdag
            "2027-04-19T10:00:00+02:00, 2027-04-29",   // Tuesday 27 April 2027 is Koningsdag -> Thursday 29 April
            "2027-04-28T10:00:00+02:00, 2027-05-11",   // Thursday 6 May 2027 is Hemelvaart -> Tuesday 11 May
            // daylight saving time switches (29 March 2026, 25 October 2026)
            "2026-03-29T01:30:00Z, 2026-04-07",
            "2026-10-25T01:30:00Z, 2026-11-03"})
    void examplesFromTheAdr(Instant received, LocalDate meeting) {
        assertEquals(meeting, planner.earliestMeeting(received, AMSTERDAM));
    }

    @Test
    void holidaysComputedByTheClassMatchThePublishedList() {
        DutchPublicHolidays holidays = new DutchPublicHolidays();
        for (int year = 2026; year <= 2028; year++) {
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                assertEquals(PUBLISHED_HOLIDAYS.contains(day), holidays.isHoliday(day), day.toString());
            }
        }
    }
}
