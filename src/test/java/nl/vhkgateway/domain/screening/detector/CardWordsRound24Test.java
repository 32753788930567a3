package nl.vhkgateway.domain.screening.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static nl.vhkgateway.domain.screening.detector.CardWords.body;
import static nl.vhkgateway.domain.screening.detector.CardWords.found;

import java.util.List;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Location;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.TextSegment;
import org.junit.jupiter.api.Test;

/**
 * Round 24 (t24-cards): the rules that read a card's structure. A listed surname closing a list of organisations
 * with a full stop ({@link SurnameInOrganisationList}); a school named after a noble in a list of organisations or
 * after a role in a comment's author ({@link RoyalOrNobleNamesake}); a grandparent word glossed by its Dutch meaning
 * in the family composition ({@link GrandparentGloss}). Cards written for the rules, with other names and places than
 * any test set.
 */
class CardWordsRound24Test {

    private static List<String> inList(String text) {
        return found(body(text, Section.BETROKKEN_HULPVERLENING, 40));
    }

    /** The leak of round 23: two surnames, the last one closed by the list's full stop. */
    @Test
    void aSurnameClosingTheListWithAFullStopStaysAName() {
        assertEquals(List.of("Verbruggen"), inList("Rivas, Verbruggen."));
        assertEquals(List.of("Hoogendijk"), inList("Wijkteam, Lentis, Hoogendijk."));
        assertEquals(List.of("Hoogendijk"), inList("Wijkteam, Hoogendijk. Verder geen hulpverlening."));
    }

    /** Organisations of no list closing the list stay allowed, as they did before the full stop counted. */
    @Test
    void anOrganisationClosingTheListStaysAllowed() {
        assertEquals(List.of(), inList("Wijkteam, Karakter, Youké."));
        assertEquals(List.of(), inList("CJG, Lentis (ambulant), leerplicht."));
    }

    /** "Prins Maurits (zorgcoördinator)", "Graaf Engelbrecht.": schools named after a noble among organisations. */
    @Test
    void aNobleNamesakeInTheListOfOrganisationsIsTheSchool() {
        assertEquals(List.of(), inList("Wijkteam, Koningin Juliana (mentor), leerplicht."));
        assertEquals(List.of(), inList("Jeugdbescherming, Lentis (ambulant), Prins Claus."));
        assertEquals(List.of(), inList("Prinses Amalia, Veilig Thuis."));
    }

    /** A kin word before, a surname after, a relation or a sentence keep the name. */
    @Test
    void aNobleTitleBeforeAPersonStaysAName() {
        assertEquals(List.of("Prins Willem"), inList("Wijkteam, oom Prins Willem, leerplicht."));
        assertEquals(List.of("Graaf Ellen Jansen"), inList("Wijkteam, Graaf Ellen Jansen, leerplicht."));
        assertEquals(List.of("Prins Willem"), inList("Wijkteam, Prins Willem (oom), leerplicht."));
        assertEquals(List.of("Daan"), found(body("Koning Daan helpt moeder met de administratie.",
                Section.KRACHTEN, 30)));
    }

    /** A comment's author: the coordinator of the school named after a noble. */
    @Test
    void aRoleAtANobleNamesakeInACommentsAuthor() {
        TextSegment author = new TextSegment("Zorgcoördinator Koningin Wilhelmina",
                Location.of(DocumentPart.COMMENT_AUTHOR, "opmerking 1"));
        assertEquals(List.of(), found(author, body("Moeder werkt mee.", Section.KRACHTEN, 30)));
    }

    /** "Aji (grootmoeder vaderskant, 1950) woont in": the relative; "Aji (6)" and "Aji (zus, 2015)" are names. */
    @Test
    void aGrandparentWordGlossedByItsDutchMeaning() {
        assertEquals(List.of(), found(body("Moeder (1984), vader (1980), K. (2013). Aji (grootmoeder vaderskant, "
                + "1950) woont in.", Section.GEZINSSAMENSTELLING, 25)));
        assertEquals(List.of("Aji"), found(body("Moeder (1984), K. (2013). Aji (zus, 2015) woont ook thuis.",
                Section.GEZINSSAMENSTELLING, 25)));
        assertEquals(List.of("Aji"), found(body("Moeder (1984), K. (2013), Aji (6).", Section.GEZINSSAMENSTELLING,
                25)));
    }

    /**
     * Review ra: Koning, Prins, Graaf, Keizer, Vorst and Hertog are frequent surnames: a title with a modern given name
     * in the list of organisations or after a role is a person written surname-first; only the closed list of
     * namesakes ({@code namesakes.txt}, its "title name" lines) is the school.
     */
    @Test
    void aSurnameLikeATitleBeforeAModernGivenNameIsAPerson() {
        assertFalse(inList("Wijkteam, Koning Lieke (jeugdarts), leerplicht.").isEmpty());
        assertFalse(inList("Veilig Thuis, Graaf Joris, GGD").isEmpty());
        assertFalse(inList("Vorst Yara (coach), Lentis.").isEmpty());
        assertFalse(inList("Jeugdbescherming; Keizer Bram.").isEmpty());
        TextSegment author = new TextSegment("Zorgcoördinator Prins Gijs", Location.of(DocumentPart.COMMENT_AUTHOR,
                "opmerking 1"));
        assertFalse(found(author, body("Moeder werkt mee.", Section.KRACHTEN, 30)).isEmpty());
        assertEquals(List.of(), inList("Wijkteam, Prins Claus (mentor), leerplicht."));
    }

    /** Review ra: "Mehmet Dede (opa, 1949)" (a surname) and "Aja (oma, 1958)" (aja is a grandfather word) are names. */
    @Test
    void aGrandparentGlossOfTheOtherSexOrAfterAGivenNameKeepsTheName() {
        assertEquals(List.of("Aja"), found(body("Moeder (1984), K. (2013). Aja (oma, 1957) woont in.",
                Section.GEZINSSAMENSTELLING, 25)));
        assertTrue(String.join(" ", found(body("Moeder (1984), K. (2013). Kemal Dede (opa, 1948) woont in.",
                Section.GEZINSSAMENSTELLING, 25))).contains("Dede"));
        assertEquals(List.of(), found(body("Moeder (1984), K. (2013). Aja (opa, 1948) woont in.",
                Section.GEZINSSAMENSTELLING, 25)));
    }
}
