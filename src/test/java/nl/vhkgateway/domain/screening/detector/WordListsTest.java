package nl.vhkgateway.domain.screening.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordListsTest {

    private static final WordLists WORDS = WordLists.defaults();

    @Test
    void bundledListsHoldNamesOfManyOrigins() {
        for (String name : List.of("Sanne", "Mohammed", "Fatima", "Mehmet", "Zeynep", "Agnieszka", "Oleksandr",
                "Olena", "Tesfay", "Hodan", "Mirwais", "Rajesh", "Jurmaine", "Krzysztof", "Raghad")) {
            assertTrue(WORDS.isFirstName(name), name);
        }
        for (String name : List.of("Jansen", "de Vries".substring(3), "Yilmaz", "Kowalski", "Amrani", "Shevchenko",
                "Ramdin", "Tesfamariam")) {
            assertTrue(WORDS.isSurname(name), name);
        }
    }

    @Test
    void placesAbroadAndWeakNames() {
        assertTrue(WORDS.isPlace("kumasi"), "GeoNames places abroad of 15,000 or more");
        assertTrue(WORDS.isPlace("constanța") && WORDS.isPlace("constanţa"), "both Romanian spellings");
        assertTrue(WORDS.isAbroad("kumasi"));
        assertFalse(WORDS.isDomesticPlace("kumasi"), "no typo or compound evidence from places abroad");
        assertTrue(WORDS.isDomesticPlace("roosendaal"));
        assertFalse(WORDS.isPlace("reading"), "a place abroad that is an English word needs a place word");
        assertTrue(WORDS.isWeakName("grabinski") && WORDS.isWeakName("damasceno"), "humannames: names of many origins");
        assertFalse(WORDS.isWeakName("moeder"), "no word is a weak name");
        assertFalse(WORDS.isWeakName("breda"), "no place is a weak name");
        assertTrue(WORDS.isTussenvoegsel("vd"));
    }

    @Test
    void dictionaryExceptionsAndAllowLists() {
        assertTrue(WORDS.isWord("moeder"));
        assertTrue(WORDS.isWord("veiligheid"));
        assertFalse(WORDS.isWord("sanne"));
        assertTrue(WORDS.isException("Roos"));
        assertTrue(WORDS.isException("Bakker"));
        assertFalse(WORDS.isException("Jan"), "common given names stay names");
        assertTrue(WORDS.isPlace("roosendaal"));
        assertTrue(WORDS.isPlace("woensdrecht"));
        assertTrue(WORDS.allowed().containsWord("whatsapp"));
        assertTrue(WORDS.isKinOrRole("buurvrouw"));
        assertTrue(WORDS.isTitle("mw."));
        assertTrue(WORDS.isTussenvoegsel("van der"));
    }

    @Test
    void aBuilderRejectsIncompleteLists() {
        assertThrows(IllegalStateException.class, () -> WordLists.builder().firstNames(List.of("Sanne")).build());
    }

    @Test
    void compactWordSet() {
        CompactWordSet set = CompactWordSet.of(List.of("moeder", "vader", "", "moeder"));
        assertTrue(set.contains("moeder"));
        assertTrue(set.contains("vader"));
        assertFalse(set.contains("vade"));
        assertFalse(set.contains("oma"));
    }

    @Test
    void tokenizerMarksSentenceStarts() {
        List<Token> t = Tokenizer.tokenize("Zij zei: Roos komt. J. de Vries en o.a. Kees.");
        assertEquals("Zij", t.get(0).text());
        assertTrue(t.get(0).sentenceStart());
        assertTrue(t.stream().filter(x -> x.text().equals("Roos")).findFirst().orElseThrow().sentenceStart());
        assertFalse(t.stream().filter(x -> x.text().equals("de")).findFirst().orElseThrow().sentenceStart(),
                "after an initial");
        assertFalse(t.stream().filter(x -> x.text().equals("Kees")).findFirst().orElseThrow().sentenceStart(),
                "after an abbreviation");
    }
}
