package nl.vhkgateway.domain.planning;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * The closed days and extra meetings the beheerder added on top of the configuration, as the {@link MeetingCalendar}
 * reads them on every question: implementations must answer from memory (a cached snapshot), not from the database
 * per call. Thread-safe.
 */
@FunctionalInterface
public interface MeetingDayChanges {

    /** No additions: the calendar of the configuration alone. */
    MeetingDayChanges NONE = () -> Days.EMPTY;

    Days current();

    /** A snapshot: the added closed days and extra meetings (disjoint). */
    record Days(Set<LocalDate> closed, Set<LocalDate> extra) {

        public static final Days EMPTY = new Days(Set.of(), Set.of());

        public Days {
            closed = Set.copyOf(Objects.requireNonNull(closed, "closed"));
            extra = Set.copyOf(Objects.requireNonNull(extra, "extra"));
        }
    }
}
