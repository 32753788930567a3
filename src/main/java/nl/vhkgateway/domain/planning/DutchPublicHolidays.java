package nl.vhkgateway.domain.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The Dutch public holidays on which the VeiligheidsTeam does not meet, computed for any year from 1583 (the first
 * full Gregorian year) to 9999:
 * <ul>
 *   <li>Nieuwjaarsdag (1 January);</li>
 *   <li>Goede Vrijdag, Eerste en Tweede Paasdag (Easter Sunday and Monday), Hemelvaartsdag (Easter + 39 days),
 *       Eerste en Tweede Pinksterdag (Easter + 49 and + 50 days);</li>
 *   <li>Koningsdag: 27 April, or 26 April when the 27th is a Sunday (since 2014). Before 2014 Koninginnedag:
 *       30 April, or 29 April when the 30th is a Sunday (the rule from 1980 on; earlier years use it as well);</li>
 *   <li>Bevrijdingsdag (5 May) <b>every year</b> by default: it is a national holiday every year, although many
 *       collective agreements give the day off only in lustrum years (2025, 2030, ...). Issue 4 lists it among the
 *       days the team does not meet, so planning skips it every year (docs/adr/0003-earliest-meeting-rule.md).
 *       {@link BevrijdingsdagRule#LUSTRUM_YEARS} is the one switch for a team that works on 5 May in other years;</li>
 *   <li>Eerste en Tweede Kerstdag (25 and 26 December).</li>
 * </ul>
 * Easter Sunday follows the Anonymous Gregorian algorithm ("Meeus/Jones/Butcher"; anonymous correspondent in
 * Nature, 20 April 1876; J. Meeus, <i>Astronomical Algorithms</i>, 1991, chapter 8;
 * https://en.wikipedia.org/wiki/Date_of_Easter#Anonymous_Gregorian_algorithm). Stateless and thread-safe.
 */
public final class DutchPublicHolidays {

    public static final int FIRST_YEAR = 1583;
    public static final int LAST_YEAR = 9999;
    private static final int FIRST_KONINGSDAG_YEAR = 2014;

    private final BevrijdingsdagRule bevrijdingsdag;

    /** Bevrijdingsdag every year (the team's practice, ADR 0003). */
    public DutchPublicHolidays() {
        this(BevrijdingsdagRule.EVERY_YEAR);
    }

    public DutchPublicHolidays(BevrijdingsdagRule bevrijdingsdag) {
        this.bevrijdingsdag = java.util.Objects.requireNonNull(bevrijdingsdag, "bevrijdingsdag");
    }

    /** Easter Sunday (Gregorian calendar) of the year. */
    public LocalDate easterSunday(int year) {
        checkYear(year);
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** Every holiday of the year, in date order. */
    public List<PublicHoliday> holidays(int year) {
        LocalDate easter = easterSunday(year);
        return java.util.stream.Stream.of(
                new PublicHoliday(LocalDate.of(year, Month.JANUARY, 1), "Nieuwjaarsdag"),
                new PublicHoliday(easter.minusDays(2), "Goede Vrijdag"),
                new PublicHoliday(easter, "Eerste Paasdag"),
                new PublicHoliday(easter.plusDays(1), "Tweede Paasdag"),
                kingsDay(year),
                new PublicHoliday(LocalDate.of(year, Month.MAY, 5), "Bevrijdingsdag"),
                new PublicHoliday(easter.plusDays(39), "Hemelvaartsdag"),
                new PublicHoliday(easter.plusDays(49), "Eerste Pinksterdag"),
                new PublicHoliday(easter.plusDays(50), "Tweede Pinksterdag"),
                new PublicHoliday(LocalDate.of(year, Month.DECEMBER, 25), "Eerste Kerstdag"),
                new PublicHoliday(LocalDate.of(year, Month.DECEMBER, 26), "Tweede Kerstdag"))
                .filter(h -> !h.dutchName().equals("Bevrijdingsdag") || bevrijdingsdag.isHoliday(year))
                .sorted(Comparator.comparing(PublicHoliday::date))
                .toList();
    }

    /** The holiday on this date, if it is one. */
    public Optional<PublicHoliday> holidayOn(LocalDate date) {
        return holidays(date.getYear()).stream().filter(h -> h.date().equals(date)).findFirst();
    }

    public boolean isHoliday(LocalDate date) {
        return holidayOn(date).isPresent();
    }

    private static PublicHoliday kingsDay(int year) {
        if (year >= FIRST_KONINGSDAG_YEAR) {
            LocalDate date = LocalDate.of(year, Month.APRIL, 27);
            return new PublicHoliday(date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.minusDays(1) : date, "Koningsdag");
        }
        LocalDate date = LocalDate.of(year, Month.APRIL, 30);
        return new PublicHoliday(date.getDayOfWeek() == DayOfWeek.SUNDAY ? date.minusDays(1) : date, "Koninginnedag");
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("year outside " + FIRST_YEAR + ".." + LAST_YEAR + ": " + year);
        }
    }
}
