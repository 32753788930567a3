package nl.vhkgateway.domain.screening.detector;

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

/**
 * Test helper for the card-level rule tests (the {@code CardWordsRound*Test} classes): builds a card from text segments
 * in their places (a body paragraph of a section, a cell of the family table, a header line) and returns the words
 * {@link PersonNameDetector} takes for a name, screened with the whole card as context in the card year 2026.
 */
final class CardWords {

    private static final PersonNameDetector DETECTOR = new PersonNameDetector(WordLists.defaults());

    private CardWords() {
    }

    /** A paragraph of the body in the given section. */
    static TextSegment body(String text, Section section, int paragraph) {
        return new TextSegment(text, Location.inSection(DocumentPart.BODY, section, "alinea " + paragraph));
    }

    /** A cell of the first table, in the family composition section. */
    static TextSegment cell(String text, int row, int column) {
        return new TextSegment(text, Location.inSection(DocumentPart.TABLE, Section.GEZINSSAMENSTELLING,
                "tabel 1, rij " + row + ", kolom " + column));
    }

    /** The first line of the page header. */
    static TextSegment header(String text) {
        return new TextSegment(text, Location.of(DocumentPart.HEADER, "kopregel 1"));
    }

    /** The words found as names in these segments, read as one card, in the segments' order. */
    static List<String> found(TextSegment... segments) {
        return found(List.of(segments));
    }

    /** The words found as names in these segments, read as one card, in the segments' order. */
    static List<String> found(List<TextSegment> segments) {
        CardContent card = new CardContent(segments, Map.of(), Set.of());
        ScreeningContext context = new ScreeningContext(card, 2026);
        List<String> words = new ArrayList<>();
        for (TextSegment s : segments) {
            for (Span span : DETECTOR.spans(s, context)) {
                words.add(s.text().substring(span.start(), span.end()));
            }
        }
        return words;
    }
}
