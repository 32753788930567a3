package nl.vhkgateway.domain.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class DutchPublicHolidaysTest {

    private final DutchPublicHolidays holidays = new DutchPublicHolidays();

    /** Easter Sundays from published tables, including the earliest (22 March) and latest (25 April) possible. */
    @ParameterizedTest
    @CsvSource({"1818,1818-03-22", "1943,1943-04-25", "2000,2000-04-23", "2019,2019-04-21", "2024,2024-03-31",
            "2025,2025-04-20", "2026,2026-04-05", "2027,2027-03-28", "2028,2028-04-16", "2029,2029-04-01",
            "2030,2030-04-21", "2038,2038-04-25", "2049,2049-04-18", "2285,2285-03-22"})
    void easterSunday(int year, LocalDate easter) {
        assertEquals(easter, holidays.easterSunday(year));
    }

    @Test
    void allHolidaysOf2026AsPublishedByTheGovernment() {
        assertEquals(List.of(
                        "2026-01-01 Nieuwjaarsdag", "2026-04-03 Goede Vrijdag", "2026-04-05 Eerste Paasdag",
                        "2026-04-06 Tweede Paasdag", "2026-04-27 Koningsdag", "2026-05-05 Bevrijdingsdag",
                        "2026-05-14 Hemelvaartsdag", "2026-05-24 Eerste Pinksterdag", "2026-05-25 Tweede Pinksterdag",
                        "2026-12-25 Eerste Kerstdag", "2026-12-26 Tweede Kerstdag"),
                holidays.holidays(2026).stream().map(h -> h.date() + " " + h.dutchName()).toList());
    }

    @Test
    void allHolidaysOf2027() {
        assertEquals(List.of("2027-01-01", "2027-03-26", "2027-03-28", "2027-03-29", "2027-04-27", "2027-05-05",
                        "2027-05-06", "2027-05-16", "2027-05-17", "2027-12-25", "2027-12-26"),
                holidays.holidays(2027).stream().map(h -> h.date().toString()).toList());
    }

    @ParameterizedTest
    @CsvSource({"2014,2014-04-26", "2025,2025-04-26", "2026,2026-04-27", "2031,2031-04-26", "2036,2036-04-26",
            "2013,2013-04-30", "2006,2006-04-29"})
    void koningsdagMovesToSaturdayWhenItFallsOnSunday(int year, LocalDate expected) {
        assertEquals(expected, holidays.holidays(year).stream()
                .filter(h -> h.dutchName().startsWith("Koning")).findFirst().orElseThrow().date());
    }

    @Test
    void bevrijdingsdagCountsEveryYearNotOnlyInLustrumYears() {
        assertTrue(holidays.isHoliday(LocalDate.of(2025, 5, 5)));
        assertTrue(holidays.isHoliday(LocalDate.of(2026, 5, 5)));
        assertTrue(holidays.isHoliday(LocalDate.of(2027, 5, 5)));
    }

    @Test
    void ordinaryDaysAreNoHolidays() {
        assertFalse(holidays.isHoliday(LocalDate.of(2026, 12, 24)));
        assertFalse(holidays.isHoliday(LocalDate.of(2026, 12, 31)));
        assertFalse(holidays.isHoliday(LocalDate.of(2026, 4, 4)), "Stille Zaterdag");
        assertEquals("Tweede Pinksterdag", holidays.holidayOn(LocalDate.of(2030, 6, 10)).orElseThrow().dutchName());
    }

    @Test
    void yearsOutsideTheGregorianRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> holidays.easterSunday(1582));
        assertThrows(IllegalArgumentException.class, () -> holidays.holidays(10000));
    }
}
