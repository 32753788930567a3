package nl.vhkgateway.domain.planning;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One term of a case: what must be done and by which date.
 *
 * @param kind what
 * @param due  the last day (inclusive)
 */
public record Term(TermKind kind, LocalDate due) {

    public Term {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(due, "due");
    }
}
