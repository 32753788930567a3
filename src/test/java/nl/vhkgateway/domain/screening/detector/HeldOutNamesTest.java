package nl.vhkgateway.domain.screening.detector;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.vhkgateway.domain.card.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Held-out names: invented, plausible names that are in none of the word lists (asserted), so that only context
 * (titles, kin words, initials, naming words, birth years) and capitalisation can catch them — as on a card
 * written by someone else about a family whose names no list holds.
 */
class HeldOutNamesTest {

    private static final WordLists WORDS = WordLists.defaults();
    static final List<String> INVENTED = List.of("Zeynoria", "Qadrani", "Brelinde", "Tjalvorn", "Vrenkema",
            "Olthuverink", "Marvelou", "Kesandra", "Yazmira", "Drovelle", "Amarisse", "Kofiyan", "Ruzvelda",
            "Ismerald", "Hantsjerk", "Bouzerrak", "Nyambeko", "Okwarda", "Sveltana", "Prozhenko");

    @Test
    void theInventedNamesAreInNoList() {
        for (String name : INVENTED) {
            String lower = WordLists.lower(name);
            assertFalse(WORDS.isFirstName(name) || WORDS.isSurname(name) || WORDS.isWord(lower)
                    || WORDS.isPlace(lower) || WORDS.allowed().containsWord(lower), name + " is in a word list");
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Het contact met oom Tjalvorn is wisselend.|Tjalvorn|ONVEILIGHEID",
        "Gesprek met mevrouw Vrenkema op school.|Vrenkema|GEINFORMEERD",
        "Verslag van J. Olthuverink ontvangen.|J. Olthuverink|BETROKKEN_HULPVERLENING",
        "Moeder heeft een vriend, genaamd Marvelou.|Marvelou|ONVEILIGHEID",
        "De inbrenger heeft met Kesandra gesproken.|Kesandra|GEINFORMEERD",
        "Brelinde (2013) woont bij oma.|Brelinde|GEZINSSAMENSTELLING",
        "Yazmira's moeder is ziek.|Yazmira's|ONVEILIGHEID",
        "Drovelle zegt dat ze niet naar huis wil.|Drovelle|STEM_JEUGDIGE",
        "Amarisse-Joy logeert bij tante.|Amarisse-Joy|KRACHTEN",
        "Kofiyan (2012)|Kofiyan|JEUGDIGE",
        "Buurvrouw Ruzvelda heeft de politie gebeld.|Ruzvelda|ONVEILIGHEID",
        "Haar broer die Ismerald heet is 17.|Ismerald|GEZINSSAMENSTELLING",
        "Volgens meester Hantsjerk is J. vaak moe.|Hantsjerk|ONVEILIGHEID",
        "Dhr. Bouzerrak wil niet meewerken.|Bouzerrak|STEM_OUDERS",
        "De nieuwe partner, Nyambeko Okwarda, woont in.|Nyambeko Okwarda|GEZINSSAMENSTELLING",
        "Stiefmoeder Sveltana Prozhenko spreekt Oekraïens.|Sveltana Prozhenko|GEZINSSAMENSTELLING",
    })
    void caughtByContextOrCapitalisation(String text, String name, Section section) {
        List<String> found = DetectorFixture.all(text, section);
        assertTrue(found.contains("PERSON_NAME[" + name + "]"), () -> "expected " + name + ", found " + found);
    }
}
