package nl.vhkgateway.domain.planning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Working-day arithmetic for every term the gateway keeps: a working day is Monday to Friday and not a Dutch public
 * holiday ({@link DutchPublicHolidays}). The one place that knows what "5 werkdagen" means. Counting never includes
 * the start day: {@code plus(friday, 1)} is the next Monday when that is a working day. Stateless and thread-safe.
 */
public final class WorkingDays {

    private final DutchPublicHolidays holidays;

    public WorkingDays(DutchPublicHolidays holidays) {
        this.holidays = Objects.requireNonNull(holidays, "holidays");
    }

    public WorkingDays() {
        this(new DutchPublicHolidays());
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.isHoliday(date);
    }

    /** The date {@code days} working days after {@code from} ({@code days} >= 0; 0 gives {@code from} itself). */
    public LocalDate plus(LocalDate from, int days) {
        requireNotNegative(days);
        LocalDate date = from;
        for (int counted = 0; counted < days; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** The date {@code days} working days before {@code from} ({@code days} >= 0; 0 gives {@code from} itself). */
    public LocalDate minus(LocalDate from, int days) {
        requireNotNegative(days);
        LocalDate date = from;
        for (int counted = 0; counted < days; ) {
            date = date.minusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /** {@code date} when it is a working day, otherwise the last working day before it. */
    public LocalDate onOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** {@code date} when it is a working day, otherwise the first working day after it. */
    public LocalDate onOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    private static void requireNotNegative(int days) {
        if (days < 0) {
            throw new IllegalArgumentException("working days must not be negative: " + days);
        }
    }
}
