package nl.vhkgateway.domain.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingDaysTest {

    /** Public holidays 2026-2028 as published (rijksoverheid.nl), written out by hand: not computed. */
    static final Set<LocalDate> PUBLISHED_HOLIDAYS = Stream.of(
            "2026-01-01", "2026-04-03", "2026-04-05", "2026-04-06", "2026-04-27", "2026-05-05", "2026-05-14",
            "2026-05-24", "2026-05-25", "2026-12-25", "2026-12-26",
            "2027-01-01", "2027-03-26", "2027-03-28", "2027-03-29", "2027-04-27", "2027-05-05", "2027-05-06",
            "2027-05-16", "2027-05-17", "2027-12-25", "2027-12-26",
            "2028-01-01", "2028-04-14", "2028-04-16", "2028-04-17", "2028-04-27", "2028-05-05", "2028-05-25",
            "2028-06-04", "2028-06-05", "2028-12-25", "2028-12-26").map(LocalDate::parse).collect(Collectors.toSet());

    private final WorkingDays workingDays = new WorkingDays();

    private static boolean handWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !PUBLISHED_HOLIDAYS.contains(day);
    }

    @Test
    void everyDayOf2026To2028IsAWorkingDayExactlyWhenTheHandWrittenCalendarSaysSo() {
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() < 2029; day = day.plusDays(1)) {
            assertEquals(handWorkingDay(day), workingDays.isWorkingDay(day), day.toString());
        }
    }

    @Test
    void addingAndSubtractingFiveWorkingDaysAgreesWithCountingOnTheHandWrittenCalendar() {
        // from mid-January 2026 to mid-December 2028, so counting never leaves the hand-written years
        for (LocalDate day = LocalDate.of(2026, 1, 15); day.isBefore(LocalDate.of(2028, 12, 15));
             day = day.plusDays(1)) {
            LocalDate forward = day;
            for (int n = 0; n < 5; ) {
                forward = forward.plusDays(1);
                n += handWorkingDay(forward) ? 1 : 0;
            }
            LocalDate backward = day;
            for (int n = 0; n < 5; ) {
                backward = backward.minusDays(1);
                n += handWorkingDay(backward) ? 1 : 0;
            }
            assertEquals(forward, workingDays.plus(day, 5), "plus from " + day);
            assertEquals(backward, workingDays.minus(day, 5), "minus from " + day);
        }
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource({
            "2026-12-18, 5, 2026-12-28",   // Friday; Kerst on Fri 25 and Sat 26
            "2026-04-30, 5, 2026-05-08",   // Koningsdag already passed; Bevrijdingsdag Tue 5 May skipped
            "2026-04-02, 1, 2026-04-07",   // Goede Vrijdag and Tweede Paasdag
            "2026-05-13, 1, 2026-05-15",   // Hemelvaartsdag Thu 14 May
            "2026-05-22, 1, 2026-05-26",   // Tweede Pinksterdag Mon 25 May
            "2026-12-31, 1, 2027-01-04",   // Nieuwjaarsdag Fri 1 Jan 2027 and the weekend
            "2026-11-23, 0, 2026-11-23"})
    void plusSkipsWeekendsAndEveryKindOfHoliday(LocalDate from, int days, LocalDate expected) {
        assertEquals(expected, workingDays.plus(from, days));
    }

    @ParameterizedTest(name = "{0} - {1} working days = {2}")
    @CsvSource({
            "2026-12-28, 3, 2026-12-22",
            "2026-04-28, 1, 2026-04-24",   // Koningsdag Mon 27 April 2026
            "2027-04-28, 1, 2027-04-26"})  // Koningsdag Tue 27 April 2027
    void minusSkipsWeekendsAndHolidays(LocalDate from, int days, LocalDate expected) {
        assertEquals(expected, workingDays.minus(from, days));
    }

    @Test
    void onOrBeforeAndOnOrAfterMoveOffNonWorkingDaysOnly() {
        assertEquals(LocalDate.of(2026, 12, 24), workingDays.onOrBefore(LocalDate.of(2026, 12, 27)));
        assertEquals(LocalDate.of(2026, 12, 28), workingDays.onOrAfter(LocalDate.of(2026, 12, 25)));
        assertEquals(LocalDate.of(2026, 12, 23), workingDays.onOrBefore(LocalDate.of(2026, 12, 23)));
        assertEquals(LocalDate.of(2026, 12, 23), workingDays.onOrAfter(LocalDate.of(2026, 12, 23)));
    }

    @Test
    void bevrijdingsdagIsAWorkingDayOutsideLustrumYearsOnlyWhenConfiguredSo() {
        WorkingDays lustrum = new WorkingDays(new DutchPublicHolidays(BevrijdingsdagRule.LUSTRUM_YEARS));
        assertFalse(workingDays.isWorkingDay(LocalDate.of(2026, 5, 5)));
        assertTrue(lustrum.isWorkingDay(LocalDate.of(2026, 5, 5)));
        assertFalse(lustrum.isWorkingDay(LocalDate.of(2030, 5, 6).minusDays(1)), "2030 is a lustrum year");
        assertEquals(LocalDate.of(2026, 5, 7), lustrum.plus(LocalDate.of(2026, 4, 30), 5));
    }

    @Test
    void negativeCountsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> workingDays.plus(LocalDate.of(2026, 1, 5), -1));
        assertThrows(IllegalArgumentException.class, () -> workingDays.minus(LocalDate.of(2026, 1, 5), -1));
    }
}
