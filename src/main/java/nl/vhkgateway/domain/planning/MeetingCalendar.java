package nl.vhkgateway.domain.planning;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The team's meetings: the regular weekdays (Tuesday and Thursday mornings) without the Dutch public holidays and the
 * closed days, plus the extra meetings (both from the configuration and, through {@link MeetingDayChanges}, added by
 * the beheerder in the console). Proposes the meeting for an accepted card: the earliest meeting
 * by the rule of ADR 0003 (at least {@value MeetingPlanner#DAYS_BEFORE_MEETING} days after the day of receipt), or
 * the first later one that still has room when it is full ({@link MeetingCalendarSettings#casesPerMeeting()}).
 * Stateless and thread-safe.
 */
public final class MeetingCalendar {

    /** How far ahead a free meeting is looked for before planning gives up (a configuration error, in practice). */
    static final int SEARCH_DAYS = 2 * 366;

    /** A follow-up (monitoring) card must be in at least this many days before its meeting (seed 002 §4). */
    public static final int FOLLOW_UP_DAYS_BEFORE = 7;

    private final MeetingCalendarSettings settings;
    private final DutchPublicHolidays holidays;
    private final MeetingDayChanges changes;

    public MeetingCalendar(MeetingCalendarSettings settings, DutchPublicHolidays holidays) {
        this(settings, holidays, MeetingDayChanges.NONE);
    }

    /** A calendar that also follows the beheerder's added closed days and extra meetings. */
    public MeetingCalendar(MeetingCalendarSettings settings, DutchPublicHolidays holidays, MeetingDayChanges changes) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.holidays = Objects.requireNonNull(holidays, "holidays");
        this.changes = Objects.requireNonNull(changes, "changes");
    }

    /** True when the team meets on this date by the configuration alone (without the beheerder's additions). */
    public boolean isConfiguredMeetingDay(LocalDate date) {
        if (settings.extraMeetings().contains(date)) {
            return true;
        }
        return isRegularDay(date) && !settings.closedDays().contains(date);
    }

    /** True when the date is a regular meeting weekday and no public holiday. */
    public boolean isRegularDay(LocalDate date) {
        return settings.weekdays().contains(date.getDayOfWeek()) && !holidays.isHoliday(date);
    }

    public MeetingCalendarSettings settings() {
        return settings;
    }

    /** True when the team meets on this date. */
    public boolean isMeetingDay(LocalDate date) {
        MeetingDayChanges.Days added = changes.current();
        if (added.extra().contains(date)) {
            return true;
        }
        return isConfiguredMeetingDay(date) && !added.closed().contains(date);
    }

    /** The first meeting on or after {@code date}. */
    public LocalDate meetingOnOrAfter(LocalDate date) {
        LocalDate day = date;
        for (int i = 0; i < SEARCH_DAYS; i++, day = day.plusDays(1)) {
            if (isMeetingDay(day)) {
                return day;
            }
        }
        throw new IllegalStateException("no meeting within " + SEARCH_DAYS + " days after " + date);
    }

    /** The earliest meeting for a card received on this (Amsterdam) day, ignoring how full it is. */
    public LocalDate earliestMeeting(LocalDate receivedOn) {
        return meetingOnOrAfter(receivedOn.plusDays(MeetingPlanner.DAYS_BEFORE_MEETING));
    }

    /** The first meeting from the earliest one on that has room for one more case. */
    public LocalDate nextFreeMeeting(LocalDate receivedOn, CaseLoad load) {
        return firstFreeFrom(earliestMeeting(receivedOn), load);
    }

    /** The first meeting on or after {@code date} that has room for one more case. */
    public LocalDate firstFreeFrom(LocalDate date, CaseLoad load) {
        Objects.requireNonNull(load, "load");
        LocalDate day = date;
        for (int i = 0; i < SEARCH_DAYS; i++, day = day.plusDays(1)) {
            if (isMeetingDay(day) && load.casesOn(day) < settings.casesPerMeeting()) {
                return day;
            }
        }
        throw new IllegalStateException("no meeting with room within " + SEARCH_DAYS + " days after " + date);
    }

    /** True when a meeting on this date has room for one more case. */
    public boolean hasRoom(LocalDate meeting, CaseLoad load) {
        return isMeetingDay(meeting) && load.casesOn(meeting) < settings.casesPerMeeting();
    }

    /** The last day a follow-up (monitoring) card may arrive for a meeting: a week before it. */
    public LocalDate followUpDeadline(LocalDate meeting) {
        return meeting.minusDays(FOLLOW_UP_DAYS_BEFORE);
    }

    /** True when a follow-up card received on {@code receivedOn} is in time for the meeting on {@code meeting}. */
    public boolean followUpInTime(LocalDate receivedOn, LocalDate meeting) {
        return !receivedOn.isAfter(followUpDeadline(meeting));
    }

    /** The start of the {@code index}-th case (0-based) of a meeting, local time in Europe/Amsterdam. */
    public LocalDateTime slotStart(LocalDate meeting, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("slot index must not be negative: " + index);
        }
        LocalTime start = settings.firstSlot().plus(settings.slotLength().multipliedBy(index));
        return meeting.atTime(start);
    }

    /** The meetings from {@code from} to {@code to} (inclusive), in date order. */
    public List<LocalDate> meetingsBetween(LocalDate from, LocalDate to) {
        List<LocalDate> meetings = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isMeetingDay(day)) {
                meetings.add(day);
            }
        }
        return meetings;
    }
}
