package nl.vhkgateway.domain.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Derives the terms of a case from its {@link Outcome} (domain rules 4, 6, 7; seeds 000 and 001; docs/agenda.md):
 * <ul>
 *   <li>{@link TermKind#PARENTS_REACTION}: {@value #PARENTS_WORKING_DAYS} working days after the advice;</li>
 *   <li>when an intervention talk is advised: {@link TermKind#RVDK_FIRST} {@value #RVDK_WORKING_DAYS} working days
 *       after the advice (the RvdK decides whether it joins before the talk is planned), and
 *       {@link TermKind#INTERVENTION_TALK} within {@value #TALK_DAYS} days of the advice (the last working day on or
 *       before that day);</li>
 *   <li>once the talk's date is known: {@link TermKind#FINAL_CARD} {@value #FINAL_CARD_WORKING_DAYS} working days
 *       before it;</li>
 *   <li>with monitoring: {@link TermKind#MONITORING} on the agreed date;</li>
 *   <li>with an OTS end date: the steps 12, 11, 10, 8 and 6 weeks before it and the end date itself; a step that
 *       falls on a weekend or public holiday moves to the working day before it, so it is never missed.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class TermRules {

    public static final int PARENTS_WORKING_DAYS = 5;
    public static final int RVDK_WORKING_DAYS = 2;
    public static final int TALK_DAYS = 14;
    public static final int FINAL_CARD_WORKING_DAYS = 3;

    private final WorkingDays workingDays;

    public TermRules(WorkingDays workingDays) {
        this.workingDays = Objects.requireNonNull(workingDays, "workingDays");
    }

    /** Every term of the outcome, by due date (ties in {@link TermKind} order). */
    public List<Term> termsFor(Outcome outcome) {
        LocalDate advice = outcome.adviceDate();
        List<Term> terms = new ArrayList<>();
        terms.add(new Term(TermKind.PARENTS_REACTION, workingDays.plus(advice, PARENTS_WORKING_DAYS)));
        if (outcome.interventionTalkAdvised()) {
            terms.add(new Term(TermKind.RVDK_FIRST, workingDays.plus(advice, RVDK_WORKING_DAYS)));
            terms.add(new Term(TermKind.INTERVENTION_TALK, workingDays.onOrBefore(advice.plusDays(TALK_DAYS))));
        }
        outcome.interventionTalkDate().ifPresent(talk ->
                terms.add(new Term(TermKind.FINAL_CARD, workingDays.minus(talk, FINAL_CARD_WORKING_DAYS))));
        outcome.monitoringDate().ifPresent(date -> terms.add(new Term(TermKind.MONITORING, date)));
        outcome.otsEndDate().ifPresent(end -> {
            terms.add(new Term(TermKind.OTS_12_WEEKS, workingDays.onOrBefore(end.minusWeeks(12))));
            terms.add(new Term(TermKind.OTS_11_WEEKS, workingDays.onOrBefore(end.minusWeeks(11))));
            terms.add(new Term(TermKind.OTS_10_WEEKS, workingDays.onOrBefore(end.minusWeeks(10))));
            terms.add(new Term(TermKind.OTS_8_WEEKS, workingDays.onOrBefore(end.minusWeeks(8))));
            terms.add(new Term(TermKind.OTS_6_WEEKS, workingDays.onOrBefore(end.minusWeeks(6))));
            terms.add(new Term(TermKind.OTS_END, end));
        });
        terms.sort(Comparator.comparing(Term::due).thenComparing(Term::kind));
        return List.copyOf(terms);
    }
}
