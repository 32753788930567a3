package nl.vhkgateway.domain.planning;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The voorzitter's weekly overview (Monday 08:00): the open terms (due today or later) and the overdue ones (due
 * before today), each sorted by due date then VHT number. Only VHT numbers and terms: no personal data.
 *
 * @param today   the day of the overview
 * @param open    open terms not yet due
 * @param overdue terms past their due date and not done
 */
public record WeeklyOverview(LocalDate today, List<CaseTerm> open, List<CaseTerm> overdue) {

    public WeeklyOverview {
        Objects.requireNonNull(today, "today");
        open = List.copyOf(open);
        overdue = List.copyOf(overdue);
    }

    /** The overview of all terms not yet done. */
    public static WeeklyOverview of(LocalDate today, List<CaseTerm> undone) {
        Comparator<CaseTerm> order = Comparator.comparing((CaseTerm t) -> t.term().due())
                .thenComparing(CaseTerm::number).thenComparing(t -> t.term().kind());
        return new WeeklyOverview(today,
                undone.stream().filter(t -> !t.term().due().isBefore(today)).sorted(order).toList(),
                undone.stream().filter(t -> t.term().due().isBefore(today)).sorted(order).toList());
    }
}
