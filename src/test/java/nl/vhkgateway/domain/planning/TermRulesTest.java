package nl.vhkgateway.domain.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TermRulesTest {

    private static final LocalDate ADVICE = LocalDate.of(2026, 12, 15);   // a Tuesday meeting

    private final TermRules rules = new TermRules(new WorkingDays());

    private static Term term(TermKind kind, String due) {
        return new Term(kind, LocalDate.parse(due));
    }

    @Test
    void withoutTalkOrMonitoringOnlyTheParentsReactTakingFiveWorkingDays() {
        assertEquals(List.of(term(TermKind.PARENTS_REACTION, "2026-12-22")),
                rules.termsFor(new Outcome(ADVICE, false, Optional.empty(), Optional.empty(), Optional.empty())));
    }

    @Test
    void anAdvisedTalkAddsTheRvdkFirstAndTheTalkWithinTwoWeeks() {
        assertEquals(List.of(
                        term(TermKind.RVDK_FIRST, "2026-12-17"),
                        term(TermKind.PARENTS_REACTION, "2026-12-22"),
                        term(TermKind.INTERVENTION_TALK, "2026-12-29")),
                rules.termsFor(new Outcome(ADVICE, true, Optional.empty(), Optional.empty(), Optional.empty())));
    }

    @Test
    void theFinalCardIsDueThreeWorkingDaysBeforeTheTalkAcrossChristmas() {
        List<Term> terms = rules.termsFor(new Outcome(ADVICE, true, Optional.of(LocalDate.of(2026, 12, 28)),
                Optional.empty(), Optional.empty()));
        assertEquals(term(TermKind.FINAL_CARD, "2026-12-22"),
                terms.stream().filter(t -> t.kind() == TermKind.FINAL_CARD).findFirst().orElseThrow());
    }

    @Test
    void aTalkTargetOnASaturdayMovesToTheFridayBefore() {
        // an extra meeting on Saturday 9 Jan 2027: + 14 days is Saturday 23 Jan
        List<Term> terms = rules.termsFor(new Outcome(LocalDate.of(2027, 1, 9), true, Optional.empty(),
                Optional.empty(), Optional.empty()));
        assertEquals(LocalDate.of(2027, 1, 22),
                terms.stream().filter(t -> t.kind() == TermKind.INTERVENTION_TALK).findFirst().orElseThrow().due());
    }

    @Test
    void anOtsEndDateGivesFiveStepsAndTheEndAndAStepOnEasterMondayMovesBeforeGoodFriday() {
        LocalDate end = LocalDate.of(2027, 5, 24);
        List<Term> ots = rules.termsFor(new Outcome(ADVICE, false, Optional.empty(), Optional.empty(),
                Optional.of(end))).stream().filter(t -> t.kind().name().startsWith("OTS")).toList();
        assertEquals(List.of(
                term(TermKind.OTS_12_WEEKS, "2027-03-01"),
                term(TermKind.OTS_11_WEEKS, "2027-03-08"),
                term(TermKind.OTS_10_WEEKS, "2027-03-15"),
                term(TermKind.OTS_8_WEEKS, "2027-03-25"),    // 29 Mar is Tweede Paasdag, 26 Mar Goede Vrijdag
                term(TermKind.OTS_6_WEEKS, "2027-04-12"),
                term(TermKind.OTS_END, "2027-05-24")), ots);
    }

    @Test
    void monitoringIsDueOnTheAgreedDate() {
        List<Term> terms = rules.termsFor(new Outcome(ADVICE, false, Optional.empty(),
                Optional.of(LocalDate.of(2027, 2, 9)), Optional.empty()));
        assertEquals(List.of(term(TermKind.PARENTS_REACTION, "2026-12-22"), term(TermKind.MONITORING, "2027-02-09")),
                terms);
    }

    @Test
    void impossibleOutcomesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Outcome(ADVICE, false,
                Optional.of(ADVICE.plusDays(3)), Optional.empty(), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new Outcome(ADVICE, true,
                Optional.of(ADVICE.minusDays(1)), Optional.empty(), Optional.empty()));
        assertThrows(IllegalArgumentException.class, () -> new Outcome(ADVICE, false,
                Optional.empty(), Optional.of(ADVICE), Optional.empty()));
    }
}
