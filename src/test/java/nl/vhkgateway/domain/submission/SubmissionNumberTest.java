package nl.vhkgateway.domain.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SubmissionNumberTest {

    @Test
    void formatsWithAtLeastFourSequenceDigits() {
        assertEquals("VHT-2026-0042", new SubmissionNumber(2026, 42).format());
        assertEquals("VHT-2026-0001", new SubmissionNumber(2026, 1).toString());
        assertEquals("VHT-2027-12345", new SubmissionNumber(2027, 12345).format());
    }

    @Test
    void parsesTheCanonicalFormBothWays() {
        for (String text : new String[] {"VHT-2026-0042", "VHT-2026-12345", "VHT-2030-9999"}) {
            assertEquals(text, SubmissionNumber.parse(text).format());
        }
        assertEquals(new SubmissionNumber(2026, 42), SubmissionNumber.parse(" vht-2026-0042 "));
    }

    @Test
    void refusesWhatIsNotASubmissionNumber() {
        for (String text : new String[] {"VHT-2026-042", "VHT-26-0042", "VHT-2026-0000", "ABC-2026-0042",
                "VHT-2026-0042x", "VHT-1999-0042", "", "VHT-2026-"}) {
            assertTrue(SubmissionNumber.tryParse(text).isEmpty(), text);
        }
        assertThrows(IllegalArgumentException.class, () -> SubmissionNumber.parse("VHT-2026-042"));
        assertThrows(IllegalArgumentException.class, () -> new SubmissionNumber(2026, 0));
    }

    @Test
    void findsANumberInASubjectOrCoverAsPeopleTypeIt() {
        assertEquals(Optional.of(new SubmissionNumber(2026, 42)),
                SubmissionNumber.findIn("Vervolgbespreking (zie VHT-2026-0042)"));
        assertEquals(Optional.of(new SubmissionNumber(2026, 42)), SubmissionNumber.findIn("vht 2026 42"));
        assertEquals(Optional.of(new SubmissionNumber(2026, 7)), SubmissionNumber.findIn("eerder: VHT\u20132026\u20130007."));
        assertEquals(Optional.empty(), SubmissionNumber.findIn("dossier XVHT-2026-0042"));
        assertEquals(Optional.empty(), SubmissionNumber.findIn("geen nummer"));
    }

    @Test
    void ordersByYearThenSequence() {
        assertTrue(new SubmissionNumber(2026, 9999).compareTo(new SubmissionNumber(2027, 1)) < 0);
        assertTrue(new SubmissionNumber(2026, 10).compareTo(new SubmissionNumber(2026, 9)) > 0);
    }
}
