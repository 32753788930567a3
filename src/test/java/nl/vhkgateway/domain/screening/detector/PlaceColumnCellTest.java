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
 * Round 13 (r13-cards): {@link PlaceColumnCell}, a table cell read by its column header. Rows written for the rule
 * (other places and names than any test set), on a family table of three columns as the card reader reads it (one
 * segment per cell, the header in row 1).
 */
class PlaceColumnCellTest {

    private static final PersonNameDetector DETECTOR = new PersonNameDetector(WordLists.defaults());

    /** A place under a residence column is no name, also one that no list knows or that is a surname too. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "woont | Ommoord",
        "woont in | Kanaleneiland",
        "Woonplaats | Hoogland",
        "woonplaats: | Bergen op Zoom",
        "verblijft in | Lage Zwaluwe",
        "wijk | Presikhaaf-Oost",
        "woont | Zuilen",
    })
    void placeUnderResidenceColumn(String header, String cell) {
        assertEquals(List.of(), spansOf(header, cell), header + " / " + cell);
    }

    /** Leak guards: a person in the same column, a name column, a column of persons ("woont bij"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "naam | Holten",
        "achternaam | Elst",
        "familienaam | Elst",
        "geslachtsnaam | Holten",
        "achternamen | Elst",
        "naam ouder | Holten",
        "meisjesnaam | Elst",
        "naam | Kooijdam",
        "woont bij | Kooijdam",
        "woont | oma Kooijdam",
        "woont | Fam. Kooijdam",
        "woont | Van Kooijdam",
        "woont | Sanne",
        "woont | bij Sanne",
        "woont in gezin | Kooijdam",
        "bijzonderheden | Kooijdam",
        "woont | Jansen",
        "woonplaats | Smit",
        "plaats | Okafor",
        "woonplaats | Nakashima",
        "verblijfplaats | Wojciechowska",
        "verblijft | Okonkwo",
        "gemeente | Mwangi",
        "woont | Pleeggezin Oyelaran",
        "woont | Bij Kowalski",
        "woont | Crisisgezin Smit",
        "woonplaats | Hazenberg",
        "woonplaats | Blokdijk",
        "woont | Pleeggezin Groenewoud",
        "woont | Familie Brinkhorst",
        "woont in | Bakker-Jansen",
    })
    void personStaysAName(String header, String cell) {
        assertFalse(spansOf(header, cell).isEmpty(), header + " / " + cell);
    }

    /**
     * Round 13 (r13-rowheader): a family table written transposed (the first column holds the labels, one column per
     * member): a place right of a residence row header is no name.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "woonplaats | Ommoord",
        "Woont in: | Kanaleneiland",
        "verblijfplaats | Lage Zwaluwe",
        "wijk | Presikhaaf-Oost",
        "woonplaats | Hoogland",
    })
    void placeRightOfResidenceRowHeader(String label, String cell) {
        assertEquals(List.of(), rowSpansOf(label, cell), label + " / " + cell);
    }

    /** Leak guards of the row reading: a name row, a person row ("woont bij"), persons' shapes in a residence row. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "naam | Holten",
        "achternaam | Elst",
        "familienaam | Elst",
        "geslachtsnaam | Holten",
        "naam | Kooijdam",
        "woont bij | Kooijdam",
        "woonplaats | Jansen",
        "woonplaats | Nakashima",
        "woont | oma Kooijdam",
        "woont | Fam. Kooijdam",
        "woont | Sanne",
        "woonplaats | Hazenberg",
        "woont | Pleeggezin Groenewoud",
        "gezinslid | Kooijdam",
    })
    void personStaysANameInARow(String label, String cell) {
        assertFalse(rowSpansOf(label, cell).isEmpty(), label + " / " + cell);
    }

    /** A column header wins over a row header that says otherwise: a listed place under "naam" stays a name. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"naam | woonplaats | Holten", "achternaam | woont | Elst"})
    void columnHeaderWinsOverRowHeader(String column, String row, String cell) {
        List<TextSegment> segments = new ArrayList<>();
        String[][] rows = {{"", column}, {row, cell}};
        TextSegment target = table(rows, segments).get(3);
        CardContent card = new CardContent(segments, Map.of(), Set.of());
        assertFalse(DETECTOR.spans(target, new ScreeningContext(card, 2026)).isEmpty(), column + " / " + row);
    }

    private static List<Span> rowSpansOf(String label, String cell) {
        List<TextSegment> segments = new ArrayList<>();
        String[][] rows = {{"gezinslid", "moeder", "vader"}, {"geboortejaar", "1988", "1979"}, {label, cell, "thuis"},
            {"gezag", "ja", "ja"}};
        table(rows, segments);
        CardContent card = new CardContent(segments, Map.of(), Set.of());
        return DETECTOR.spans(segments.get(2 * 3 + 1), new ScreeningContext(card, 2026));
    }

    private static List<TextSegment> table(String[][] rows, List<TextSegment> segments) {
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                segments.add(new TextSegment(rows[r][c], Location.inSection(DocumentPart.TABLE,
                        Section.GEZINSSAMENSTELLING, "tabel 1, rij " + (r + 1) + ", kolom " + (c + 1))));
            }
        }
        return segments;
    }

    private static List<Span> spansOf(String header, String cell) {
        List<TextSegment> segments = new ArrayList<>();
        String[][] rows = {{"rol", "geboortejaar", header}, {"moeder", "1988", cell}, {"vader", "1979", "thuis"}};
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                segments.add(new TextSegment(rows[r][c], Location.inSection(DocumentPart.TABLE,
                        Section.GEZINSSAMENSTELLING, "tabel 1, rij " + (r + 1) + ", kolom " + (c + 1))));
            }
        }
        CardContent card = new CardContent(segments, Map.of(), Set.of());
        TextSegment target = segments.get(3 + 2);
        return DETECTOR.spans(target, new ScreeningContext(card, 2026));
    }
}
