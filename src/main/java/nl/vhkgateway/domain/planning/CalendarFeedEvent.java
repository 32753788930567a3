package nl.vhkgateway.domain.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of a calendar feed: a meeting morning, a planned case in its time slot, or an open term (all day). The
 * summary holds only a VHT number, a meeting or a term kind in Dutch: never card text, names or addresses.
 *
 * @param uid      stable unique id (the same case keeps its UID when it is moved)
 * @param summary  the Dutch title
 * @param day      the day (for an all-day event) or the day of the start
 * @param start    start, for a timed event
 * @param end      end, for a timed event
 * @param sequence revision number (a planned case's version), for calendar clients
 */
public record CalendarFeedEvent(String uid, String summary, LocalDate day, Optional<Instant> start,
                                Optional<Instant> end, int sequence) {

    public CalendarFeedEvent {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.isPresent() != end.isPresent()) {
            throw new IllegalArgumentException("a timed event has a start and an end");
        }
    }

    public static CalendarFeedEvent timed(String uid, String summary, LocalDate day, Instant start, Instant end,
                                          int sequence) {
        return new CalendarFeedEvent(uid, summary, day, Optional.of(start), Optional.of(end), sequence);
    }

    public static CalendarFeedEvent allDay(String uid, String summary, LocalDate day) {
        return new CalendarFeedEvent(uid, summary, day, Optional.empty(), Optional.empty(), 0);
    }

    public boolean isAllDay() {
        return start.isEmpty();
    }
}
