package nl.vhkgateway.domain.screening.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static nl.vhkgateway.domain.screening.detector.CardWords.body;
import static nl.vhkgateway.domain.screening.detector.CardWords.header;
import static nl.vhkgateway.domain.screening.detector.CardWords.found;

import java.util.List;
import nl.vhkgateway.domain.card.Section;
import org.junit.jupiter.api.Test;

/**
 * Round 25 (t25-held): the card's own place in the template's header line "VHK - VERTROUWELIJK - X" ({@link
 * CardPlaces}), also in capitals, when the card uses the word as a place (its municipality field); a word the card never
 * uses as a place, and any other word in the line, keep the name. Cards written for the rule, with other places and
 * names than any test set.
 */
class CardWordsRound25HeldTest {

    /** The municipality field names the place; the header line repeats it in capitals. */
    @Test
    void theCardsPlaceInTheHeaderLineIsThePlace() {
        assertEquals(List.of(), found(header("VHK - VERTROUWELIJK - GIESSEN"),
                body("Giessen", Section.GEMEENTE, 12),
                body("Moeder (1984) en J. (2013) wonen sinds kort samen.", Section.GEZINSSAMENSTELLING, 20)));
        assertEquals(List.of(), found(header("VHK - Vertrouwelijk - Giessen"),
                body("Giessen", Section.GEMEENTE, 12)));
    }

    /** A word the card never uses as a place, or another word in the line, keeps the name. */
    @Test
    void aNameInTheHeaderLineStaysAName() {
        assertEquals(List.of("JANSEN"), found(header("VHK - VERTROUWELIJK - JANSEN"),
                body("Giessen", Section.GEMEENTE, 12)));
        assertEquals(List.of("GIESSEN"), found(header("VHK - VERTROUWELIJK - GIESSEN"),
                body("Moeder (1984) en J. (2013) wonen sinds kort samen.", Section.GEZINSSAMENSTELLING, 20)));
        // a kin word in the line: the header names a person, and the card then reads the word as a name everywhere
        // (as main does)
        assertEquals(List.of("GIESSEN", "Giessen"), found(header("VHK - OOM - GIESSEN"),
                body("Giessen", Section.GEMEENTE, 12)));
    }
}
