package nl.vhkgateway.domain.screening.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static nl.vhkgateway.domain.screening.detector.CardWords.body;
import static nl.vhkgateway.domain.screening.detector.CardWords.found;

import java.util.List;
import nl.vhkgateway.domain.card.Section;
import org.junit.jupiter.api.Test;

/**
 * Round 23 (t23-cards): what one segment of a card teaches the others. An article of a flagged surname is never
 * learned as a name of the card; a grandparent word the card writes in lower case is the relative where a sentence
 * opens with it ({@link GrandparentWord}); a practice before a place the card uses elsewhere ({@link CardPlaces}).
 * Cards written for the rules, with other names and places than any test set.
 */
class CardWordsRound23Test {

    /** "De Heer" found as a surname does not make "De" a name in the card's other sentences and headings. */
    @Test
    void anArticleIsNeverLearnedAsAName() {
        List<String> words = found(List.of(
                body("De Heer heeft vader geslagen.", Section.ONVEILIGHEID, 20),
                body("De ouderling wil meedenken. STEM VAN DE JEUGDIGE:", Section.KRACHTEN, 22)));
        assertEquals(List.of("De Heer"), words);
    }

    /** The surname's own word is still learned: "Heer" alone elsewhere stays a name. */
    @Test
    void theSurnameIsStillLearned() {
        List<String> words = found(List.of(
                body("De Heer heeft vader geslagen.", Section.ONVEILIGHEID, 20),
                body("Moeder is bang voor Heer.", Section.KRACHTEN, 22)));
        assertEquals(List.of("De Heer", "Heer"), words);
    }

    /** "bij nani" in the youth's words: the sentence opening with "Nani" elsewhere on the card is the relative. */
    @Test
    void aGrandparentWordTheCardUsesForTheRelative() {
        assertEquals(List.of(), found(List.of(
                body("Moeder (1988), D. (2013). Nani woont om de hoek.", Section.GEZINSSAMENSTELLING, 20),
                body("D. (13): \"Bij nani mag ik altijd komen.\"", Section.STEM_JEUGDIGE, 30))));
    }

    /** The card never writes it in lower case: "Nani" opening a sentence stays a name. */
    @Test
    void aGrandparentWordTheCardNeverUsesStaysAName() {
        assertFalse(found(List.of(
                body("Moeder (1988), D. (2013). Nani woont om de hoek.", Section.GEZINSSAMENSTELLING, 20),
                body("D. (13): \"Bij oma mag ik altijd komen.\"", Section.STEM_JEUGDIGE, 30))).isEmpty());
    }

    /** A word the card names with person evidence elsewhere ("Nani (7)") stays a name everywhere. */
    @Test
    void aGrandparentWordWithPersonEvidenceStaysAName() {
        assertFalse(found(List.of(
                body("Moeder (1988), D. (2013), Nani (2019). Nani woont thuis.", Section.GEZINSSAMENSTELLING, 20),
                body("D. (13): \"Bij nani mag ik altijd komen.\"", Section.STEM_JEUGDIGE, 30))).isEmpty());
    }

    /** "huisarts Gemert" where the card says the family lives in Gemert. */
    @Test
    void aPracticeBeforeThePlaceTheCardUses() {
        assertEquals(List.of(), found(List.of(
                body("Moeder (1985) en K. (2014) wonen in Gemert.", Section.GEZINSSAMENSTELLING, 20),
                body("Wijkteam, huisarts Gemert, leerplicht.", Section.BETROKKEN_HULPVERLENING, 40))));
    }

    /** The card never uses Gemert as a place: "huisarts Gemert" is a named GP (the Decisions). */
    @Test
    void aPracticeBeforeAPlaceTheCardNeverUsesStaysAName() {
        assertEquals(List.of("Gemert"), found(List.of(
                body("Moeder (1985) en K. (2014) wonen in een flat.", Section.GEZINSSAMENSTELLING, 20),
                body("Wijkteam, huisarts Gemert, leerplicht.", Section.BETROKKEN_HULPVERLENING, 40))));
    }
}
