package nl.vhkgateway.domain.screening.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static nl.vhkgateway.domain.screening.detector.CardWords.body;
import static nl.vhkgateway.domain.screening.detector.CardWords.cell;
import static nl.vhkgateway.domain.screening.detector.CardWords.header;
import static nl.vhkgateway.domain.screening.detector.CardWords.found;

import java.util.List;
import nl.vhkgateway.domain.card.Section;
import org.junit.jupiter.api.Test;

/**
 * Round 25 (t25-new): the rules of development sets #87/#88 that read a card's structure: an initial of two letters in
 * a table cell before a birth-year cell ({@link TwoLetterInitial#cellBeforeYearCell}), a place the card uses after
 * the card's title and a dash, and after an organisation's ordinary word ({@link CardPlaces}). Cards written for the
 * rules, with other names and places than any test set.
 */
class CardWordsRound25T25NewTest {

    /** "| Jo. | 2018 | thuis |" as cells of a Word table: the youth's initial of two letters with the birth year. */
    @Test
    void anInitialOfTwoLettersBeforeAYearCellIsAllowed() {
        assertEquals(List.of(), found(cell("rol", 1, 1), cell("geboortejaar", 1, 2), cell("Jo.", 2, 1),
                cell("2018", 2, 2), cell("thuis", 2, 3), body("Jo. (8) gaat naar school.", Section.ONVEILIGHEID, 30)));
    }

    /** Without the period, or before a cell that is no year, the cell keeps the name. */
    @Test
    void aNameCellWithoutThePeriodOrYearStaysAName() {
        assertEquals(List.of("Femke"), found(cell("Femke", 2, 1), cell("2018", 2, 2)));
        assertEquals(List.of("Jo"), found(cell("Jo.", 2, 1), cell("thuis", 2, 2)));
    }

    /** "VEILIGHEIDSKAART - X" with X a place the card uses ("huisbezoek in X"). */
    @Test
    void thePlaceAfterTheCardTitleAndADashIsAllowed() {
        assertEquals(List.of(), found(header("VEILIGHEIDSKAART - Vianen"),
                body("Moeder: gesproken op 3-11-2026 (huisbezoek in Vianen).", Section.GEINFORMEERD, 20)));
    }

    /** A word the card never uses as a place stays a name after the title and a dash. */
    @Test
    void aSurnameAfterTheCardTitleAndADashStaysAName() {
        assertEquals(List.of("Jansen"), found(header("VEILIGHEIDSKAART - Jansen"),
                body("Moeder: gesproken op 3-11-2026 (huisbezoek).", Section.GEINFORMEERD, 20)));
    }

    /** "Krachtig Vianen: overdrachtsgesprek gepland." on a card whose family lives in Vianen: the team of the place. */
    @Test
    void anOrganisationWordBeforeTheCardsPlaceIsItsTeam() {
        assertEquals(List.of(), found(body("Krachtig Vianen: overdrachtsgesprek gepland.", Section.GEINFORMEERD, 18),
                body("Moeder en zoon wonen in Vianen.", Section.GEZINSSAMENSTELLING, 25)));
    }

    /** A surname or kin word before the place, or a card that never uses the word as a place, keep the name. */
    @Test
    void aNameBeforeTheCardsPlaceStaysAName() {
        assertEquals(List.of("Kees Vianen"), found(body("Kees Vianen: belt vaak.", Section.GEINFORMEERD, 18),
                body("Moeder en zoon wonen in Vianen.", Section.GEZINSSAMENSTELLING, 25)));
        assertEquals(List.of("Vianen"), found(body("Krachtig Vianen: overdrachtsgesprek gepland.", Section.GEINFORMEERD,
                18), body("Moeder en zoon wonen bij oma.", Section.GEZINSSAMENSTELLING, 25)));
    }

    /** Review ra: a two-letter given name the card declares with its year is that initial elsewhere on the card. */
    @Test
    void aDeclaredInitialOfTwoLettersIsAllowedElsewhereOnTheCard() {
        assertEquals(List.of(), found(body("zus Jo. (2018)", Section.JEUGDIGE, 8),
                body("[20:14] moeder: ik haal Jo. op bij de opvang", Section.ONVEILIGHEID, 30)));
    }

    /** Without the declaration the same sentence keeps the listed given name. */
    @Test
    void anUndeclaredTwoLetterGivenNameStaysAName() {
        assertEquals(List.of("Jo"), found(body("zus J. (2018)", Section.JEUGDIGE, 8),
                body("[20:14] moeder: ik haal Jo. op bij de opvang", Section.ONVEILIGHEID, 30)));
    }

    /** Review ra: a listed name the card writes as "de X moskee" is the mosque in a list too. */
    @Test
    void aMosqueTheCardNamesWithItsArticleIsAllowedInAList() {
        assertEquals(List.of(), found(body("De imam van de Yusuf moskee steunt moeder.", Section.KRACHTEN, 30),
                body("Wijkteam, Yusuf moskee, huisarts.", Section.BETROKKEN_HULPVERLENING, 40)));
        assertEquals(List.of("Yusuf"), found(body("Moeder bidt thuis.", Section.KRACHTEN, 30),
                body("Wijkteam, Yusuf moskee, huisarts.", Section.BETROKKEN_HULPVERLENING, 40)));
    }

    /** Review ra cycle 3: a relative with the same two letters at a sentence's end stays a name. */
    @Test
    void aRelativeWithTheDeclaredLettersStaysAName() {
        assertEquals(List.of("Jo"), found(body("Zusje Jo. (2018) slaapt vaak bij tante Jo.", Section.ONVEILIGHEID, 30)));
    }
}
