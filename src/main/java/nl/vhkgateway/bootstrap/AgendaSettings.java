package nl.vhkgateway.bootstrap;

import nl.vhkgateway.domain.planning.BevrijdingsdagRule;
import nl.vhkgateway.domain.planning.MeetingCalendarSettings;
import nl.vhkgateway.infrastructure.config.ConfigKey;
import nl.vhkgateway.infrastructure.config.InvalidConfigurationException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The agenda's settings ({@code vhk.agenda.*}, {@code vhk.planning.bevrijdingsdag}; README "Configuration"), read
 * once at start-up; every problem is reported at once ({@link InvalidConfigurationException}) so a wrong value stops
 * the deployment instead of planning on the wrong days.
 *
 * @param calendar        the meeting calendar
 * @param bevrijdingsdag  whether 5 May is a day off every year or in lustrum years
 * @param proposeInterval how often accepted cards are proposed for a meeting
 * @param sendWorkingDaysBefore how many working days before a meeting its agenda is sent
 * @param sendTime        at what time (Europe/Amsterdam) on that day
 */
public record AgendaSettings(MeetingCalendarSettings calendar, BevrijdingsdagRule bevrijdingsdag,
                             Duration proposeInterval, int sendWorkingDaysBefore, LocalTime sendTime) {

    public static final String MEETING_DAYS = ConfigKey.AGENDA_MEETING_DAYS.key();
    public static final String FIRST_SLOT = ConfigKey.AGENDA_FIRST_SLOT.key();
    public static final String SLOT_MINUTES = ConfigKey.AGENDA_SLOT_MINUTES.key();
    public static final String CASES_PER_MEETING = ConfigKey.AGENDA_CASES_PER_MEETING.key();
    public static final String CLOSED_DAYS = ConfigKey.AGENDA_CLOSED_DAYS.key();
    public static final String EXTRA_MEETINGS = ConfigKey.AGENDA_EXTRA_MEETINGS.key();
    public static final String PROPOSE_INTERVAL = ConfigKey.AGENDA_PROPOSE_INTERVAL.key();
    public static final String BEVRIJDINGSDAG = ConfigKey.PLANNING_BEVRIJDINGSDAG.key();
    public static final String SEND_WORKING_DAYS_BEFORE = ConfigKey.AGENDA_SEND_WORKING_DAYS_BEFORE.key();
    public static final String SEND_TIME = ConfigKey.AGENDA_SEND_TIME.key();

    /** Reads the settings from {@code source} (key to value, empty when unset); defaults for unset keys. */
    public static AgendaSettings read(Function<String, Optional<String>> source) {
        List<String> problems = new ArrayList<>();
        Set<DayOfWeek> days = new HashSet<>();
        for (String day : list(source, MEETING_DAYS, "TUESDAY,THURSDAY")) {
            try {
                days.add(DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(MEETING_DAYS + ": '" + day + "' is no weekday (MONDAY..SUNDAY)");
            }
        }
        LocalTime firstSlot = LocalTime.of(9, 0);
        try {
            firstSlot = LocalTime.parse(source.apply(FIRST_SLOT).orElse("09:00").strip());
        } catch (DateTimeParseException e) {
            problems.add(FIRST_SLOT + ": not a time HH:mm");
        }
        int slotMinutes = integer(source, SLOT_MINUTES, 30, 5, 480, problems);
        int cases = integer(source, CASES_PER_MEETING, 4, 1, 50, problems);
        int interval = integer(source, PROPOSE_INTERVAL, 60, 5, 86_400, problems);
        int sendBefore = integer(source, SEND_WORKING_DAYS_BEFORE, 2, 0, 10, problems);
        LocalTime sendTime = LocalTime.NOON;
        try {
            sendTime = LocalTime.parse(source.apply(SEND_TIME).orElse("12:00").strip());
        } catch (DateTimeParseException e) {
            problems.add(SEND_TIME + ": not a time HH:mm");
        }
        Set<LocalDate> closed = dates(source, CLOSED_DAYS, problems);
        Set<LocalDate> extra = dates(source, EXTRA_MEETINGS, problems);
        BevrijdingsdagRule rule = BevrijdingsdagRule.EVERY_YEAR;
        try {
            rule = BevrijdingsdagRule.valueOf(source.apply(BEVRIJDINGSDAG).orElse("EVERY_YEAR").strip()
                    .toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(BEVRIJDINGSDAG + ": EVERY_YEAR or LUSTRUM_YEARS");
        }
        MeetingCalendarSettings calendar = null;
        if (problems.isEmpty()) {
            try {
                calendar = new MeetingCalendarSettings(days, firstSlot, Duration.ofMinutes(slotMinutes), closed, extra,
                        cases);
            } catch (IllegalArgumentException e) {
                problems.add("vhk.agenda: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        return new AgendaSettings(calendar, rule, Duration.ofSeconds(interval), sendBefore, sendTime);
    }

    private static List<String> list(Function<String, Optional<String>> source, String key, String fallback) {
        return List.of(source.apply(key).orElse(fallback).split(",")).stream().map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    private static Set<LocalDate> dates(Function<String, Optional<String>> source, String key, List<String> problems) {
        Set<LocalDate> dates = new HashSet<>();
        for (String value : list(source, key, "")) {
            try {
                dates.add(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                problems.add(key + ": '" + value + "' is no date (yyyy-MM-dd)");
            }
        }
        return dates;
    }

    private static int integer(Function<String, Optional<String>> source, String key, int fallback, int min, int max,
                               List<String> problems) {
        String value = source.apply(key).orElse(String.valueOf(fallback)).strip();
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(key + ": a whole number from " + min + " to " + max);
        return fallback;
    }
}
