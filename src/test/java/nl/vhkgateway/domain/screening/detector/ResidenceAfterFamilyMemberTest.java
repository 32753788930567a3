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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round 22 (t22-cards): {@link ResidenceAfterFamilyMember} in a family table ("| moeder | 1986 | thuis, Mierlo |", one
 * segment per cell, as the card reader reads it), and the card's title in the mail's subject and file name with the
 * card's own place ({@link CardPlaces#learnFromFirstReading}). Rows written for the rule, with
 * other places and names than any test set.
 */
class ResidenceAfterFamilyMemberTest {

    private static final PersonNameDetector DETECTOR = new PersonNameDetector(WordLists.defaults());

    /**
     * A description in lower case (and acronyms), a comma, then a place of the lists that is a surname too and that
     * the card uses as a place elsewhere.
     */
    @ParameterizedTest
    @ValueSource(strings = {"thuis, Mierlo", "beschermd wonen RIBW, Gemert", "eigen woning, Bakel"})
    void placeAfterADescriptionInACell(String cell) {
        assertEquals(List.of(), spansOf("woont / school", cell), cell);
    }

    /** A given name or a surname of no place list, a kin word before, a capitalised word before. */
    @ParameterizedTest
    @ValueSource(strings = {"thuis, Verhoeven", "thuis, Lieke", "bij oma, Gemert", "Ingrid, Gemert"})
    void personInACellStaysAName(String cell) {
        assertFalse(spansOf("woont / school", cell).isEmpty(), cell);
    }

    /**
     * The card's own text reads a place of the lists as a place (a family member's residence, a school with its
     * place): the subject and the file name read it as the card's area.
     */
    @ParameterizedTest
    @ValueSource(strings = {"VHK K. (2013) - Bakel - Monitoring", "VHK Bakel K2013 14112026.docx"})
    void placeTheCardUsesPassesInTheSubjectAndFileName(String mailText) {
        TextSegment list = new TextSegment("moeder (1985), Bakel; K. (2013), basisschool in Bakel.",
                Location.inSection(DocumentPart.BODY, Section.GEZINSSAMENSTELLING, "alinea 20"));
        CardContent card = new CardContent(List.of(list), Map.of(), Set.of());
        assertEquals(List.of(), DETECTOR.spans(new TextSegment(mailText, Location.of(DocumentPart.MAIL_SUBJECT, "")),
                new ScreeningContext(card, 2026)));
    }

    /** A card that never uses the word as a place: the subject's word stays a name (round 19's guard). */
    @Test
    void placeTheCardNeverUsesStaysANameInTheSubject() {
        TextSegment list = new TextSegment("moeder (1985), thuis; K. (2013), groep 7.",
                Location.inSection(DocumentPart.BODY, Section.GEZINSSAMENSTELLING, "alinea 20"));
        CardContent card = new CardContent(List.of(list), Map.of(), Set.of());
        assertFalse(DETECTOR.spans(new TextSegment("VHK K. (2013) - Bakel - Monitoring",
                Location.of(DocumentPart.MAIL_SUBJECT, "")), new ScreeningContext(card, 2026)).isEmpty());
    }

    /** The same subject stays refused when the card names "Gemert" as a person ("oma Gemert"). */
    @Test
    void aPersonOnTheCardStaysANameInTheSubject() {
        List<TextSegment> segments = new ArrayList<>();
        table(new String[][] {{"rol", "geboortejaar", "woont"}, {"moeder", "1985", "bij oma Gemert"}}, segments);
        TextSegment subject = new TextSegment("VHK K. (2013) - Gemert - Vervolgbespreking",
                Location.of(DocumentPart.MAIL_SUBJECT, ""));
        CardContent card = new CardContent(segments, Map.of(), Set.of());
        assertFalse(DETECTOR.spans(subject, new ScreeningContext(card, 2026)).isEmpty());
    }

    private static List<Span> spansOf(String header, String cell) {
        List<TextSegment> segments = new ArrayList<>();
        table(new String[][] {{"rol", "geboortejaar", header}, {"moeder", "1986", cell}}, segments);
        // the card uses the places as places elsewhere (CardPlaces.learn)
        segments.add(new TextSegment("J. gaat naar de basisschool in Mierlo. Vader woont in Gemert. Opa woont in Bakel.",
                Location.inSection(DocumentPart.BODY, Section.KRACHTEN, "alinea 30")));
        CardContent card = new CardContent(segments, Map.of(), Set.of());
        return DETECTOR.spans(segments.get(5), new ScreeningContext(card, 2026));
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
