package nl.vhkgateway.domain.planning;

import java.time.LocalDate;
import java.util.List;

/** The beheerder's closed days and extra meetings ({@code meeting_day_change}, V18). Thread-safe. */
public interface MeetingDayRepository {

    /** Every added day, by date. */
    List<MeetingDayChange> all();

    /** Adds the day; false when the day already has a change. */
    boolean add(MeetingDayChange change);

    /** Removes the day's change; false when there was none. */
    boolean remove(LocalDate day);
}
