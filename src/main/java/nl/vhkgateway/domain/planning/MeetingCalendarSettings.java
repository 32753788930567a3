package nl.vhkgateway.domain.planning;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the team meets (kept by the beheerder): the weekdays of the regular meetings (Tuesday and Thursday), the start
 * of the first case and the length of a case's slot, the days the team does not meet although it normally would
 * (summer break, a cancelled meeting), extra meetings on other days, and the maximum number of cases per meeting.
 *
 * @param weekdays        the regular meeting weekdays
 * @param firstSlot       the start of the first case (local time, Europe/Amsterdam)
 * @param slotLength      the time per case
 * @param closedDays      days without a meeting besides the public holidays
 * @param extraMeetings   meetings on days that are not regular meeting days (an extra meeting is held even on a
 *                        public holiday: the beheerder entered it on purpose)
 * @param casesPerMeeting the maximum number of cases per meeting, at least 1
 */
public record MeetingCalendarSettings(Set<DayOfWeek> weekdays, LocalTime firstSlot, Duration slotLength,
                                      Set<LocalDate> closedDays, Set<LocalDate> extraMeetings, int casesPerMeeting) {

    public static final Set<DayOfWeek> TUESDAY_AND_THURSDAY = Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);

    public MeetingCalendarSettings {
        weekdays = Set.copyOf(weekdays);
        Objects.requireNonNull(firstSlot, "firstSlot");
        Objects.requireNonNull(slotLength, "slotLength");
        closedDays = Set.copyOf(closedDays);
        extraMeetings = Set.copyOf(extraMeetings);
        if (weekdays.isEmpty() && extraMeetings.isEmpty()) {
            throw new IllegalArgumentException("no meeting days at all");
        }
        if (slotLength.isNegative() || slotLength.isZero()) {
            throw new IllegalArgumentException("slot length must be positive: " + slotLength);
        }
        if (casesPerMeeting < 1) {
            throw new IllegalArgumentException("cases per meeting must be at least 1: " + casesPerMeeting);
        }
        Set<LocalDate> both = new TreeSet<>(closedDays);
        both.retainAll(extraMeetings);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("a day is both closed and an extra meeting: " + both);
        }
    }

    /** Tuesday and Thursday, first case at 09:00, 30 minutes per case, 4 cases per meeting, nothing closed. */
    public static MeetingCalendarSettings defaults() {
        return new MeetingCalendarSettings(TUESDAY_AND_THURSDAY, LocalTime.of(9, 0), Duration.ofMinutes(30),
                Set.of(), Set.of(), 4);
    }

    public MeetingCalendarSettings withCasesPerMeeting(int cases) {
        return new MeetingCalendarSettings(weekdays, firstSlot, slotLength, closedDays, extraMeetings, cases);
    }

    public MeetingCalendarSettings withClosedDays(Set<LocalDate> days) {
        return new MeetingCalendarSettings(weekdays, firstSlot, slotLength, days, extraMeetings, casesPerMeeting);
    }

    public MeetingCalendarSettings withExtraMeetings(Set<LocalDate> days) {
        return new MeetingCalendarSettings(weekdays, firstSlot, slotLength, closedDays, days, casesPerMeeting);
    }
}
