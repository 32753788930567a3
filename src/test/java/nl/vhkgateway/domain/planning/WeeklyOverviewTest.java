package nl.vhkgateway.domain.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import org.junit.jupiter.api.Test;

class WeeklyOverviewTest {

    private static CaseTerm t(String number, TermKind kind, String due) {
        return new CaseTerm(new SubmissionId(1), SubmissionNumber.parse(number), Optional.empty(),
                new Term(kind, LocalDate.parse(due)));
    }

    @Test
    void splitsOpenFromOverdueWithTheDueDayItselfStillOpen() {
        LocalDate monday = LocalDate.of(2026, 12, 21);
        var a = t("VHT-2026-0042", TermKind.PARENTS_REACTION, "2026-12-22");
        var b = t("VHT-2026-0007", TermKind.FINAL_CARD, "2026-12-18");
        var c = t("VHT-2026-0003", TermKind.OTS_END, "2026-12-21");
        var d = t("VHT-2026-0001", TermKind.RVDK_FIRST, "2026-12-22");
        WeeklyOverview overview = WeeklyOverview.of(monday, List.of(a, b, c, d));
        assertEquals(List.of(c, d, a), overview.open());
        assertEquals(List.of(b), overview.overdue());
    }
}
