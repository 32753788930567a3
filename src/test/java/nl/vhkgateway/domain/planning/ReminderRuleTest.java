package nl.vhkgateway.domain.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReminderRuleTest {

    private final WorkingDays workingDays = new WorkingDays();
    private final ReminderRule rule = new ReminderRule(workingDays);

    @ParameterizedTest(name = "due {0}: near on {1}, passed on {2}")
    @CsvSource({
            "2026-12-22, 2026-12-18, 2026-12-23",   // Tuesday: near on the Friday before
            "2026-12-28, 2026-12-23, 2026-12-29",   // Monday after Christmas
            "2026-12-24, 2026-12-22, 2026-12-28",   // Thursday before Christmas: passed after Kerst and the weekend
            "2027-05-24, 2027-05-20, 2027-05-25",   // a Monday
            "2027-05-16, 2027-05-13, 2027-05-18"})  // Eerste Pinksterdag (a Sunday): passed after Tweede Pinksterdag
    void remindersFallOnTheRightWorkingDays(LocalDate due, LocalDate near, LocalDate passed) {
        Term term = new Term(TermKind.MONITORING, due);
        assertEquals(near, rule.sendOn(term, ReminderKind.NEAR));
        assertEquals(passed, rule.sendOn(term, ReminderKind.PASSED));
    }

    /**
     * Walks a moved clock day by day from the advice to well past the last term, sending what is due and remembering
     * what was sent (as the outbox's unique key does): each reminder goes out exactly once, on its working day.
     */
    @Test
    void aDayByDayWalkSendsEachReminderOnceOnItsWorkingDay() {
        LocalDate advice = LocalDate.of(2026, 12, 15);
        List<Term> terms = new TermRules(workingDays).termsFor(new Outcome(advice, true,
                java.util.Optional.of(LocalDate.of(2026, 12, 28)), java.util.Optional.of(LocalDate.of(2027, 2, 9)),
                java.util.Optional.of(LocalDate.of(2027, 5, 24))));
        Set<String> sent = new HashSet<>();
        List<String> log = new ArrayList<>();
        for (LocalDate today = advice; today.isBefore(LocalDate.of(2027, 7, 1)); today = today.plusDays(1)) {
            for (int run = 0; run < 2; run++) {   // a second run the same day (a restart) sends nothing more
                for (Term term : terms) {
                    for (ReminderKind kind : ReminderKind.values()) {
                        String key = term.kind() + "/" + kind;
                        if (rule.isDue(term, kind, today) && sent.add(key)) {
                            log.add(key + "@" + today);
                            assertTrue(workingDays.isWorkingDay(today), key + " on a non-working day " + today);
                        }
                    }
                }
            }
        }
        assertEquals(2 * terms.size(), sent.size(), "every term got both reminders: " + log);
        for (Term term : terms) {
            for (ReminderKind kind : ReminderKind.values()) {
                LocalDate expected = rule.sendOn(term, kind);
                assertTrue(log.contains(term.kind() + "/" + kind + "@" + expected),
                        term + " " + kind + " expected on " + expected + " in " + log);
            }
        }
        assertTrue(log.contains("PARENTS_REACTION/NEAR@2026-12-18"), log.toString());
        assertTrue(log.contains("FINAL_CARD/PASSED@2026-12-23"), log.toString());
    }

    @Test
    void aGatewayThatWasDownCatchesUpOnTheNextWorkingDayButNeverRemindsOfAPassedTermAsNear() {
        Term term = new Term(TermKind.PARENTS_REACTION, LocalDate.of(2026, 12, 22));
        assertTrue(rule.isDue(term, ReminderKind.NEAR, LocalDate.of(2026, 12, 21)), "missed Friday, sent Monday");
        assertFalse(rule.isDue(term, ReminderKind.NEAR, LocalDate.of(2026, 12, 19)), "not on Saturday");
        assertFalse(rule.isDue(term, ReminderKind.NEAR, LocalDate.of(2026, 12, 23)), "past the term");
        assertFalse(rule.isDue(term, ReminderKind.PASSED, LocalDate.of(2026, 12, 22)), "not on the last day");
        assertTrue(rule.isDue(term, ReminderKind.PASSED, LocalDate.of(2026, 12, 28)));
        assertFalse(rule.isDue(term, ReminderKind.PASSED, LocalDate.of(2026, 12, 25)), "not on Kerst");
    }
}
