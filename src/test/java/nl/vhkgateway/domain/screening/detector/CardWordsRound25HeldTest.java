package nl.vhkgateway.domain.screening.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Location;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.ScreeningContext;
import org.junit.jupiter.api.Test;

/**
 * Round 25 (t25-held): the card's own place in the template's header line "VHK - VERTROUWELIJK - X" ({@link
 * CardPlaces}), also in capitals, when the card uses the word as a place (its municipality field); a word the card never
 * uses as a place, and any other word in the line, keep the name. Cards written for the rule, with other places and
 * names than any test set.
 */
class CardWordsRound25HeldTest {

    private static final PersonNameDetector DETECTOR = new PersonNameDetector(WordLists.defaults());

    private static TextSegment header(String text) {
        return new TextSegment(text, Location.of(DocumentPart.HEADER, "kopregel 1"));
    }

    private static TextSegment body(String text, Section section, int paragraph) {
        return new TextSegment(text, Location.inSection(DocumentPart.BODY, section, "alinea " + paragraph));
    }

    private static List<String> found(TextSegment... segments) {
        CardContent card = new CardContent(List.of(segments), Map.of(), Set.of());
        ScreeningContext context = new ScreeningContext(card, 2026);
        List<String> words = new ArrayList<>();
        for (TextSegment s : segments) {
            for (Span span : DETECTOR.spans(s, context)) {
                words.add(s.text().substring(span.start(), span.end()));
            }
        }
        return words;
    }

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
