package nl.vhkgateway.domain.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed day or an extra meeting that the beheerder added in the console, on top of the configuration
 * ({@code vhk.agenda.closed-days} / {@code vhk.agenda.extra-meetings}).
 *
 * @param day       the day
 * @param kind      closed (no meeting on a regular meeting day) or extra (a meeting on another day)
 * @param createdBy the beheerder's login
 * @param createdAt when it was added
 */
public record MeetingDayChange(LocalDate day, Kind kind, String createdBy, Instant createdAt) {

    public enum Kind { CLOSED, EXTRA }

    public MeetingDayChange {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
