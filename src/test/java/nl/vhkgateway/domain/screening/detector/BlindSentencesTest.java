package nl.vhkgateway.domain.screening.detector;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.vhkgateway.testsupport.screening.SentenceScore;
import nl.vhkgateway.testsupport.screening.SentenceSet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The blind sentence set ({@code src/test/resources/screening/blind/}, written by someone who never saw the detectors):
 * every BLOCK sentence must have each of its personal-data items refused and every ALLOW sentence must pass, except
 * the cases listed in {@code known-failures.tsv} (with the reason), which must still fail; and per category the
 * recall and the false-refusal rate must stay within the issue's bounds (recall at least 99 % in every category with
 * twenty items or more; at most 2 % of the clean place, institution, event-date, age and organisation-number
 * sentences refused).
 */
class BlindSentencesTest {

    private static final SentenceSet SET = SentenceSet.read("/screening/blind/sentences.tsv");
    private static final List<SentenceScore.Outcome> OUTCOMES =
            SentenceScore.score(SET, DetectorCatalog.defaults());

    @TestFactory
    Stream<DynamicTest> everySentenceAsExpectedOrAKnownFailure() throws IOException {
        Map<String, String> known = knownFailures();
        for (String id : known.keySet()) {
            assertTrue(SET.rows().stream().anyMatch(r -> r.id().equals(id)),
                    "known-failures.tsv names a sentence that does not exist: " + id);
        }
        return OUTCOMES.stream().map(o -> DynamicTest.dynamicTest(o.row().id() + " " + o.row().category(), () -> {
            String reason = known.get(o.row().id());
            if (reason != null && !o.failed()) {
                fail("known failure now passes: remove " + o.row().id() + " from known-failures.tsv");
            } else if (reason == null && o.failed()) {
                fail(o.row().id() + " " + o.describe());
            }
        }));
    }

    @Test
    void recallPerCategoryAndFalseRefusals() {
        Map<String, SentenceScore.Tally> t = SentenceScore.tally(OUTCOMES, o -> true);
        System.out.print(SentenceScore.table(t));
        t.forEach((category, tally) -> {
            if (tally.items() >= 20) {
                assertTrue(tally.recall() >= 0.99, category + " recall " + tally.recall());
            }
        });
        int clean = 0;
        int refused = 0;
        for (SentenceScore.Outcome o : OUTCOMES) {
            if (!o.row().refuse() && List.of("PLACE", "INSTITUTION", "EVENT_DATE", "AGE", "ORG_NUMBER")
                    .contains(o.row().category())) {
                clean++;
                refused += o.refused() ? 1 : 0;
            }
        }
        assertTrue(refused <= 0.02 * clean, refused + " of " + clean + " clean sentences refused");
    }

    static Map<String, String> knownFailures() throws IOException {
        Map<String, String> known = new LinkedHashMap<>();
        try (InputStream in = BlindSentencesTest.class.getResourceAsStream("/screening/blind/known-failures.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] cells = line.split("\t", 2);
                    known.put(cells[0].strip(), cells.length > 1 ? cells[1].strip() : "");
                }
            }
        }
        return known;
    }
}
