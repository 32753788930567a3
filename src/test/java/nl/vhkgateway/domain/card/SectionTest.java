package nl.vhkgateway.domain.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SectionTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Inbrenger:|INBRENGER",
            "4. Inbrenger (naam, functie, organisatie):|INBRENGER",
            "GEDRAGSWETENSCHAPPER GERAADPLEEGD|GEDRAGSDESKUNDIGE",
            "Gedragswetenschapper:|GEDRAGSDESKUNDIGE",
            "7. Gedragsdeskundige|GEDRAGSDESKUNDIGE",
            "3. Vraag aan het VHT:|VRAAG_AAN_VHT",
            "Wie is wanneer geïnformeerd|GEINFORMEERD",
            "Wie is wanneer geinformeerd?|GEINFORMEERD"})
    void labelsNameTheirSection(String label, Section expected) {
        assertEquals(expected, Section.match(label).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Gedragswetenschapper van het wijkteam adviseert traumaonderzoek",
            "Moeder", "Inbrenger zegt", ""})
    void sentencesAreNoLabels(String text) {
        assertTrue(Section.match(text).isEmpty(), text);
    }
}
