package nl.vhkgateway.domain.screening.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 14 (r14-places): {@link PlaceRowSiblings}, a village that is a surname too among the places of a residence row
 * or column. Rows written for the rule (other places and names than any test set), on a family table as the card
 * reader reads it (one segment per cell).
 */
class PlaceRowSiblingsTest {

    private static final PersonNameDetector DETECTOR = new PersonNameDetector(WordLists.defaults());

    /** A surname-shaped village beside places in a "woonplaats" row (the table written transposed). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "woonplaats | Heiloo | Oosterhuis",
        "Woonplaats: | Heiloo | Blokdijk",
        "gemeente | Heiloo | Hazenberg",
    })
    void villageAmongPlacesInARow(String label, String sibling, String cell) {
        assertEquals(List.of(), rowSpansOf(label, sibling, cell), label + " / " + sibling + " / " + cell);
    }

    /** The same in a column under "woonplaats". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"woonplaats | Heiloo | Oosterhuis", "plaats | Heiloo | Blokdijk"})
    void villageAmongPlacesInAColumn(String header, String sibling, String cell) {
        List<TextSegment> segments = new ArrayList<>();
        String[][] rows = {{"rol", "geboortejaar", header}, {"moeder", "1988", sibling}, {"vader", "1979", cell}};
        table(rows, segments);
        CardContent card = new CardContent(segments, Map.of(), Set.of());
        assertEquals(List.of(), DETECTOR.spans(segments.get(2 * 3 + 2), new ScreeningContext(card, 2026)));
    }

    /**
     * Leak guards: no sibling place; a surname without a place's ending; a given name; a person row ("woont", "woont
     * bij" may name a foster family); a name column over the row.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "woonplaats | thuis | Oosterhuis",
        "woonplaats | Heiloo | Smit",
        "woonplaats | Heiloo | Jansen",
        "woonplaats | Heiloo | Sanne",
        "woont | Heiloo | Oosterhuis",
        "woont bij | Heiloo | Oosterhuis",
        "naam | Heiloo | Oosterhuis",
        "woonplaats | Heiloo | Oma Oosterhuis",
        "woonplaats | Heiloo | Fam. Oosterhuis",
    })
    void personStaysAName(String label, String sibling, String cell) {
        assertFalse(rowSpansOf(label, sibling, cell).isEmpty(), label + " / " + sibling + " / " + cell);
    }

    /**
     * Round 21 (t21-cards): a village of places-village-surnames.txt under a column of where one lives ("waar",
     * "woont", "verblijft"), beside a place of the lists that is a surname too ("Bemmel", "Elst").
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "waar | Bemmel | Huissen",
        "waar? | Elst | Melissant",
        "woont | Bemmel | Boekelo",
        "verblijft in | Heiloo | Loosdrecht",
    })
    void curatedVillageUnderAResidenceColumn(String header, String sibling, String cell) {
        assertEquals(List.of(), columnSpansOf(header, sibling, cell), header + " / " + sibling + " / " + cell);
    }

    /**
     * Round 21 leak guards: under "waar" a surname that is no curated village (also with a place's ending), a village
     * with no place beside it, a given name; a curated village under a name column.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "waar | Bemmel | Oosterhuis",
        "waar | Bemmel | Jansen",
        "waar | thuis | Huissen",
        "waar | wisselend | Huissen",
        "waar | Bemmel | Sanne",
        "naam | Bemmel | Huissen",
        "wie | Bemmel | Huissen",
        "waar | Jansen | Huissen",
    })
    void aPersonUnderWaarStaysAName(String header, String sibling, String cell) {
        assertFalse(columnSpansOf(header, sibling, cell).isEmpty(), header + " / " + sibling + " / " + cell);
    }

    private static List<Span> columnSpansOf(String header, String sibling, String cell) {
        List<TextSegment> segments = new ArrayList<>();
        String[][] rows = {{"wie", "jaar", header}, {"vader", "1979", sibling}, {"moeder", "1983", cell}};
        table(rows, segments);
        CardContent card = new CardContent(segments, Map.of(), Set.of());
        return DETECTOR.spans(segments.get(2 * 3 + 2), new ScreeningContext(card, 2026));
    }

    private static List<Span> rowSpansOf(String label, String sibling, String cell) {
        List<TextSegment> segments = new ArrayList<>();
        String[][] rows = {{"gezinslid", "moeder", "vader", "J."}, {"geboortejaar", "1988", "1979", "2012"},
            {label, sibling, cell, sibling}, {"gezag", "ja", "ja", "-"}};
        table(rows, segments);
        CardContent card = new CardContent(segments, Map.of(), Set.of());
        return DETECTOR.spans(segments.get(2 * 4 + 2), new ScreeningContext(card, 2026));
    }

    private static void table(String[][] rows, List<TextSegment> segments) {
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                segments.add(new TextSegment(rows[r][c], Location.inSection(DocumentPart.TABLE,
                        Section.GEZINSSAMENSTELLING, "tabel 1, rij " + (r + 1) + ", kolom " + (c + 1))));
            }
        }
    }
}
