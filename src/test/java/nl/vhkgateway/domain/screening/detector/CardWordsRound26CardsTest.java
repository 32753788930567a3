package nl.vhkgateway.domain.screening.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static nl.vhkgateway.domain.screening.detector.CardWords.body;
import static nl.vhkgateway.domain.screening.detector.CardWords.cell;
import static nl.vhkgateway.domain.screening.detector.CardWords.found;

import java.util.List;
import nl.vhkgateway.domain.card.Section;
import org.junit.jupiter.api.Test;

/**
 * Round 26 (t26-cards): an article neighbourhood whose word is a listed surname ("De Haverkamp", "De Kemper") is a
 * place on a card that puts it in two place slots, one of them strong ({@link ArticleNeighbourhoodOnCard}); one slot
 * alone, a person slot anywhere on the card, or two weak slots keep the name. Cards written for the rule, with other
 * neighbourhoods and names than any test set.
 */
class CardWordsRound26CardsTest {

    private static final Section SPOKEN = Section.GEINFORMEERD;
    private static final Section FAMILY = Section.GEZINSSAMENSTELLING;

    /** A visit in the neighbourhood and the family's residence there. */
    @Test
    void visitAndResidenceMakeThePlace() {
        assertEquals(List.of(), found(body("Moeder: gesproken op 4-10-2026 (huisbezoek in De Haverkamp).", SPOKEN, 14),
                body("Het gezin woont sinds 2019 in De Haverkamp.", FAMILY, 20)));
        assertEquals(List.of(), found(body("moeder: huisbezoek 9-11-2026 in De Kemper", SPOKEN, 14),
                body("Surinaams gezin in De Kemper; moeder alleen met drie kinderen.", FAMILY, 20)));
    }

    /** A cell of the residence column holds the neighbourhood the visit names. */
    @Test
    void residenceCellAndVisitMakeThePlace() {
        assertEquals(List.of(), found(body("Moeder: gesproken op 2-9-2026 (huisbezoek in De Hagedoorn).", SPOKEN, 14),
                cell("rol", 1, 1), cell("geboortejaar", 1, 2), cell("woont in", 1, 3),
                cell("K.", 2, 1), cell("2014", 2, 2), cell("De Hagedoorn", 2, 3)));
    }

    /** A "verblijft" column holds with whom the child stays (review ra): no slot, the name stays. */
    @Test
    void aStayColumnIsNoSlot() {
        assertEquals(List.of("Hagedoorn"), found(body("Moeder: gesproken op 2-9-2026 (huisbezoek in De Hagedoorn).", SPOKEN, 14),
                cell("rol", 1, 1), cell("geboortejaar", 1, 2), cell("verblijft", 1, 3),
                cell("K.", 2, 1), cell("2014", 2, 2), cell("De Hagedoorn", 2, 3)).subList(0, 1));
    }

    /** Brackets after a place and a child's birth year before "in" name a foster family as often (review ra). */
    @Test
    void fosterFamilySlotsKeepTheName() {
        assertEquals(List.of("Kemper", "Kemper"), found(body("Vader: keukentafelgesprek in Zutphen (De Kemper).", SPOKEN, 14),
                body("Vader (1979) met L. (2012) in De Kemper.", FAMILY, 20)));
        assertEquals(List.of("Haverkamp", "Haverkamp"), found(body("Moeder: gesproken op 4-10-2026 (huisbezoek in De Haverkamp).", SPOKEN, 14),
                body("Moeder (1990) met K. (2014) in De Haverkamp; vader in Zwolle.", FAMILY, 20)));
        // a learned place is cleared only in the counted slots; the birth-year slot stays a name, and so all of them
        assertEquals(List.of("Haverkamp", "Haverkamp", "Haverkamp"),
                found(body("Moeder: gesproken op 4-10-2026 (huisbezoek in De Haverkamp).", SPOKEN, 14),
                        body("Het gezin woont sinds 2019 in De Haverkamp.", FAMILY, 20),
                        body("Moeder (1990) met K. (2014) in De Haverkamp; vader in Zwolle.", FAMILY, 21)));
    }

    /** One slot alone, two weak slots, or a person slot on the card keep the name. */
    @Test
    void oneSlotOrAPersonSlotKeepsTheName() {
        assertEquals(List.of("Haverkamp"), found(body("Incident bij de woning in De Haverkamp.", SPOKEN, 14)));
        assertEquals(List.of("Kemper", "Kemper"), found(body("Gezin in De Kemper.", FAMILY, 20),
                body("Huishouden in De Kemper, moeder werkt.", FAMILY, 21)));
        // the same name with a title elsewhere on the card: a person, everywhere on it
        assertEquals(List.of("Haverkamp", "Haverkamp", "De Haverkamp"),
                found(body("Moeder: gesproken op 4-10-2026 (huisbezoek in De Haverkamp).", SPOKEN, 14),
                        body("Het gezin woont sinds 2019 in De Haverkamp.", FAMILY, 20),
                        body("Mevrouw De Haverkamp belde de school.", FAMILY, 21)));
        // a person slot beside a learned place: a name there, and so everywhere on the card
        assertEquals(List.of("Kemper", "Kemper", "De Kemper"), found(body("moeder: huisbezoek 9-11-2026 in De Kemper", SPOKEN, 14),
                body("Surinaams gezin in De Kemper; moeder alleen.", FAMILY, 20),
                body("Volgens de buren belde De Kemper de politie.", FAMILY, 21)));
        // a family bracket after the name: a relative
        assertEquals(List.of("De Wolters", "De Wolters"), found(body("huisbezoek in De Wolters (oom).", SPOKEN, 14),
                body("Gezin in De Wolters (oom).", FAMILY, 20)));
        // a given name is no neighbourhood
        assertEquals(List.of("Sanne", "Sanne"), found(body("huisbezoek in De Sanne.", SPOKEN, 14),
                body("Gezin in De Sanne.", FAMILY, 20)));
    }
}
