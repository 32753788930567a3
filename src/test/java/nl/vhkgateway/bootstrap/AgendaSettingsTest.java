package nl.vhkgateway.bootstrap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.vhkgateway.domain.planning.BevrijdingsdagRule;
import nl.vhkgateway.domain.planning.MeetingCalendarSettings;
import nl.vhkgateway.infrastructure.config.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

class AgendaSettingsTest {

    private static AgendaSettings read(Map<String, String> values) {
        return AgendaSettings.read(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void withoutSettingsTheTeamMeetsTuesdayAndThursdayWithFourCases() {
        AgendaSettings settings = read(Map.of());
        assertEquals(MeetingCalendarSettings.defaults(), settings.calendar());
        assertEquals(BevrijdingsdagRule.EVERY_YEAR, settings.bevrijdingsdag());
        assertEquals(Duration.ofSeconds(60), settings.proposeInterval());
    }

    @Test
    void everySettingIsRead() {
        AgendaSettings settings = read(Map.of(
                AgendaSettings.MEETING_DAYS, "tuesday, thursday",
                AgendaSettings.FIRST_SLOT, "09:30",
                AgendaSettings.SLOT_MINUTES, "45",
                AgendaSettings.CASES_PER_MEETING, "3",
                AgendaSettings.CLOSED_DAYS, "2026-07-14, 2026-07-16",
                AgendaSettings.EXTRA_MEETINGS, "2026-12-23",
                AgendaSettings.PROPOSE_INTERVAL, "30",
                AgendaSettings.BEVRIJDINGSDAG, "lustrum_years"));
        MeetingCalendarSettings calendar = settings.calendar();
        assertEquals(Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), calendar.weekdays());
        assertEquals(LocalTime.of(9, 30), calendar.firstSlot());
        assertEquals(Duration.ofMinutes(45), calendar.slotLength());
        assertEquals(3, calendar.casesPerMeeting());
        assertEquals(Set.of(LocalDate.of(2026, 7, 14), LocalDate.of(2026, 7, 16)), calendar.closedDays());
        assertEquals(Set.of(LocalDate.of(2026, 12, 23)), calendar.extraMeetings());
        assertEquals(BevrijdingsdagRule.LUSTRUM_YEARS, settings.bevrijdingsdag());
        assertEquals(Duration.ofSeconds(30), settings.proposeInterval());
    }

    @Test
    void everyWrongValueIsReportedAtOnce() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> read(Map.of(
                AgendaSettings.MEETING_DAYS, "dinsdag",
                AgendaSettings.CASES_PER_MEETING, "0",
                AgendaSettings.CLOSED_DAYS, "14-07-2026",
                AgendaSettings.FIRST_SLOT, "9 uur",
                AgendaSettings.BEVRIJDINGSDAG, "soms")));
        String message = e.getMessage();
        for (String key : new String[] {AgendaSettings.MEETING_DAYS, AgendaSettings.CASES_PER_MEETING,
                AgendaSettings.CLOSED_DAYS, AgendaSettings.FIRST_SLOT, AgendaSettings.BEVRIJDINGSDAG}) {
            assertTrue(message.contains(key), key + " missing in: " + message);
        }
    }

    @Test
    void aDayBothClosedAndExtraIsRefused() {
        assertThrows(InvalidConfigurationException.class, () -> read(Map.of(
                AgendaSettings.CLOSED_DAYS, "2026-12-23", AgendaSettings.EXTRA_MEETINGS, "2026-12-23")));
    }
}
