package nl.vhkgateway.domain.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * When the agenda of a meeting is sent: {@code workingDaysBefore} working days before the meeting at {@code time}
 * (Europe/Amsterdam; default two working days before, 12:00). Stateless and thread-safe.
 */
public final class AgendaMoment {

    private final WorkingDays workingDays;
    private final int workingDaysBefore;
    private final LocalTime time;
    private final ZoneId zone;

    public AgendaMoment(WorkingDays workingDays, int workingDaysBefore, LocalTime time, ZoneId zone) {
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
        if (workingDaysBefore < 0) {
            throw new IllegalArgumentException("working days before must not be negative: " + workingDaysBefore);
        }
        this.workingDaysBefore = workingDaysBefore;
        this.time = Objects.requireNonNull(time, "time");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Two working days before, 12:00 Europe/Amsterdam. */
    public static AgendaMoment defaults(WorkingDays workingDays) {
        return new AgendaMoment(workingDays, 2, LocalTime.NOON, MeetingPlanner.TEAM_ZONE);
    }

    /** The moment the agenda of the meeting on {@code meeting} is sent. */
    public Instant sendAt(LocalDate meeting) {
        return workingDays.minus(meeting, workingDaysBefore).atTime(time).atZone(zone).toInstant();
    }
}
