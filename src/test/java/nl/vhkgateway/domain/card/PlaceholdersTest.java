package nl.vhkgateway.domain.card;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholdersTest {

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "-", "--", "...", "…", "___", "n.v.t.", "N.V.T", "nvt", "n.v.t", "Niet van toepassing",
            "niet invullen bij inbreng", "Niet invullen bij inbreng.", "nog in te vullen", "p.m.", "xxx", "X",
            "Klik of tik om tekst in te voeren.", "[vraag aan het VHT]", "<invullen>", "Volgt"})
    void placeholdersAreEmpty(String value) {
        assertTrue(Placeholders.isEmpty(value), value);
        assertTrue(Placeholders.isEmptyAtIntake(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "Roosendaal", "geen", "nee", "Ja", "n.v.t., de inbrenger is zelf vaste deelnemer",
            "onbekend", "- moeder wil hulp", "J. (2011)"})
    void answersAreFilled(String value) {
        assertFalse(Placeholders.isEmpty(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Alleen invullen bij overdracht met instemming", "NOOIT invullen bij een inbreng in het VHT",
            "leeg", "n.v.t. (inbreng)", "niet invullen bij inbreng VHT"})
    void instructionTextIsEmptyAtIntake(String value) {
        assertTrue(Placeholders.isEmptyAtIntake(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sanne Jansen", "123456782", "Kerkstraat 12", "niet invullen: Jansen", "06-12345678"})
    void dataIsNotEmptyAtIntake(String value) {
        assertFalse(Placeholders.isEmptyAtIntake(value), value);
    }
}
