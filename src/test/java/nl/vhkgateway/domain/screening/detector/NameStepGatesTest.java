package nl.vhkgateway.domain.screening.detector;

import static nl.vhkgateway.domain.screening.detector.DetectorFixture.segment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.vhkgateway.testsupport.screening.BlindCards;
import nl.vhkgateway.testsupport.screening.BlindSet;
import nl.vhkgateway.testsupport.screening.SentenceSet;
import org.junit.jupiter.api.Test;

/**
 * Round 17 (r17-speed): the gates of {@link NameStepGates} skip a step of {@link PersonNameDetector} only where it
 * could change nothing. Checked with a trace, which runs every step and tells whether its gate was open: over every
 * sentence and every line of every card of the development sets, no gated step changes a flag while its gate is closed.
 */
class NameStepGatesTest {

    private static final PersonNameDetector DETECTOR = new PersonNameDetector(WordLists.defaults());

    @Test
    void everyGateNamesAStepOfTheDetector() {
        Set<String> steps = new HashSet<>();
        DETECTOR.steps().forEach(step -> steps.add(step.name()));
        for (String gated : NameStepGates.gatedSteps()) {
            assertTrue(steps.contains(gated), "a gate names no step: " + gated);
        }
    }

    @Test
    void noGatedStepChangesAFlagWhileItsGateIsClosed() {
        int segments = 0;
        List<String> wrong = new ArrayList<>();
        for (BlindSet set : BlindSet.ALL) {
            for (SentenceSet.Row row : set.sentences().rows()) {
                segments++;
                for (String step : DETECTOR.closedGateChanges(segment(row.sentence()))) {
                    wrong.add(set + " " + row.id() + ": " + step);
                }
            }
            for (BlindCards.BlindCard card : set.cards()) {
                for (String line : set.resource("cards/" + card.file()).split("\n")) {
                    if (line.isBlank()) {
                        continue;
                    }
                    segments++;
                    for (String step : DETECTOR.closedGateChanges(segment(line))) {
                        wrong.add(set + " " + card.file() + ": " + step);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong, "a gated step changed a flag while its gate was closed");
        assertTrue(segments > 20_000, "segments read: " + segments);
    }

    @Test
    void aClosedGateIsSeenByTheTrace() {
        // the trace runs a step whose gate is closed; on this segment the step changes nothing, as the gate says
        assertEquals(List.of(), DETECTOR.closedGateChanges(segment("Het gezin woont in Amersfoort.")));
        assertEquals(List.of("PERSON_NAME[Ommen]"), DetectorFixture.found(DETECTOR, "Het gezin slaapt bij Ommen thuis."));
    }
}
