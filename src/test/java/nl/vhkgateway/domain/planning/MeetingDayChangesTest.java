package nl.vhkgateway.domain.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

/** The calendar follows the beheerder's added closed days and extra meetings on top of the configuration. */
class MeetingDayChangesTest {

    private static final LocalDate TUESDAY = LocalDate.of(2027, 3, 9);
    private static final LocalDate WEDNESDAY = TUESDAY.plusDays(1);
    private static final LocalDate THURSDAY = TUESDAY.plusDays(2);

    @Test
    void addedClosedDaysAndExtraMeetingsCountAndAChangeIsSeenOnTheNextQuestion() {
        AtomicReference<MeetingDayChanges.Days> days = new AtomicReference<>(MeetingDayChanges.Days.EMPTY);
        MeetingCalendar calendar = new MeetingCalendar(MeetingCalendarSettings.defaults()
                .withClosedDays(Set.of(THURSDAY)), new DutchPublicHolidays(), days::get);
        assertEquals(List.of(TUESDAY), calendar.meetingsBetween(TUESDAY, THURSDAY), "configuration only");

        days.set(new MeetingDayChanges.Days(Set.of(TUESDAY), Set.of(WEDNESDAY)));
        assertFalse(calendar.isMeetingDay(TUESDAY), "closed by the beheerder");
        assertTrue(calendar.isMeetingDay(WEDNESDAY), "an extra meeting");
        assertEquals(List.of(WEDNESDAY), calendar.meetingsBetween(TUESDAY, THURSDAY));
        assertEquals(WEDNESDAY, calendar.meetingOnOrAfter(TUESDAY));
        assertTrue(calendar.isConfiguredMeetingDay(TUESDAY), "the configuration alone still meets on Tuesday");
        assertFalse(calendar.isConfiguredMeetingDay(THURSDAY), "closed in the configuration");
        assertTrue(calendar.isRegularDay(THURSDAY), "a regular weekday, not a holiday");
        assertFalse(calendar.isRegularDay(LocalDate.of(2027, 4, 27)), "Koningsdag (a Tuesday) is no regular day");
    }

    @Test
    void withoutChangesTheCalendarIsTheConfigurationsAlone() {
        MeetingCalendar plain = new MeetingCalendar(MeetingCalendarSettings.defaults(), new DutchPublicHolidays());
        assertEquals(List.of(TUESDAY, THURSDAY), plain.meetingsBetween(TUESDAY, THURSDAY));
    }
}
