package nl.vhkgateway.application.agenda;

import nl.vhkgateway.domain.planning.Outcome;
import nl.vhkgateway.domain.planning.PlannedCase;
import nl.vhkgateway.domain.planning.PlanningRepository;
import nl.vhkgateway.domain.planning.PlanningState;
import nl.vhkgateway.domain.planning.RecordedTerm;
import nl.vhkgateway.domain.planning.Term;
import nl.vhkgateway.domain.planning.TermKind;
import nl.vhkgateway.domain.planning.TermRepository;
import nl.vhkgateway.domain.planning.TermRules;
import nl.vhkgateway.domain.submission.SubmissionNumber;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Records the outcome of a discussion ("Uitkomst inbreng VHT", only what the terms need) and keeps the terms that
 * follow from it ({@link TermRules}); recording again (e.g. once the talk's date is known) replaces the terms, a
 * term already done stays done. Throws {@link PlanningProblem}. Thread-safe.
 */
public final class TermService {

    private final PlanningRepository cases;
    private final TermRepository terms;
    private final TermRules rules;
    private final Clock clock;

    public TermService(PlanningRepository cases, TermRepository terms, TermRules rules, Clock clock) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.terms = Objects.requireNonNull(terms, "terms");
        this.rules = Objects.requireNonNull(rules, "rules");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Records the outcome of the case's meeting and returns the terms. */
    public List<Term> recordOutcome(SubmissionNumber number, boolean interventionTalkAdvised,
                                    Optional<LocalDate> talkDate, Optional<LocalDate> monitoringDate,
                                    Optional<LocalDate> otsEndDate) {
        PlannedCase planned = cases.find(number).filter(p -> p.state() == PlanningState.ACCEPTED)
                .orElseThrow(() -> new PlanningProblem(PlanningProblem.Kind.NOT_FOUND,
                        number.format() + " staat niet (geaccepteerd) op een agenda."));
        Outcome outcome;
        try {
            outcome = new Outcome(planned.meeting(), interventionTalkAdvised, talkDate, monitoringDate, otsEndDate);
        } catch (IllegalArgumentException e) {
            throw new PlanningProblem(PlanningProblem.Kind.INVALID, "De uitkomst klopt niet: "
                    + switch (e.getMessage()) {
                        case "a talk date without an advised intervention talk" ->
                                "een datum voor het interventiegesprek zonder dat het is geadviseerd";
                        case "the intervention talk lies before the advice" ->
                                "het interventiegesprek ligt voor de bespreking";
                        default -> "de monitoringsdatum moet na de bespreking liggen";
                    } + ".");
        }
        List<Term> derived = rules.termsFor(outcome);
        terms.replaceTerms(number, derived, clock.instant());
        return derived;
    }

    /** The case's terms (done or open), by due date; empty before an outcome is recorded. */
    public List<RecordedTerm> termsOf(SubmissionNumber number) {
        return terms.termsOf(number);
    }

    public void markDone(SubmissionNumber number, TermKind kind) {
        if (!terms.markDone(number, kind, clock.instant())) {
            throw new PlanningProblem(PlanningProblem.Kind.NOT_FOUND,
                    number.format() + " heeft geen termijn " + kind.name() + ".");
        }
    }
}
