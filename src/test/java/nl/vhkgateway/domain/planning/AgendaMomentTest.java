package nl.vhkgateway.domain.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class AgendaMomentTest {

    private final AgendaMoment moment = AgendaMoment.defaults(new WorkingDays());

    @ParameterizedTest(name = "meeting {0}: agenda at {1}")
    @CsvSource({
            "2026-12-01, 2026-11-27T11:00:00Z",   // Tuesday: Friday noon, winter time (UTC+1)
            "2026-12-29, 2026-12-24T11:00:00Z",   // Kerst and the weekend in between
            "2026-05-26, 2026-05-21T10:00:00Z",   // Tweede Pinksterdag in between, summer time (UTC+2)
            "2026-05-28, 2026-05-26T10:00:00Z"})
    void theAgendaGoesTwoWorkingDaysBeforeAtNoonAmsterdamTime(LocalDate meeting, Instant expected) {
        assertEquals(expected, moment.sendAt(meeting));
    }

    @Test
    void theMomentIsConfigurable() {
        AgendaMoment threeDaysAtNine = new AgendaMoment(new WorkingDays(), 3, LocalTime.of(9, 0),
                MeetingPlanner.TEAM_ZONE);
        assertEquals(Instant.parse("2026-11-26T08:00:00Z"), threeDaysAtNine.sendAt(LocalDate.of(2026, 12, 1)));
        assertThrows(IllegalArgumentException.class, () -> new AgendaMoment(new WorkingDays(), -1, LocalTime.NOON,
                MeetingPlanner.TEAM_ZONE));
    }
}
