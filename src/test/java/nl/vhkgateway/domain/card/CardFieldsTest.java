package nl.vhkgateway.domain.card;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The small field readers: Soort inbreng, youths, dates. */
class CardFieldsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Eerste inbreng|EERSTE_INBRENG",
            "vervolgbespreking|VERVOLGBESPREKING",
            "Vervolg bespreking (eerste inbreng was VHT-2025-0042)|VERVOLGBESPREKING",
            "Monitoring|MONITORING",
            "OVERDRACHT|OVERDRACHT",
            "☒ Eerste inbreng ☐ Vervolgbespreking ☐ Monitoring ☐ Overdracht|EERSTE_INBRENG",
            "☐ Eerste inbreng ☐ Vervolgbespreking ☒ Monitoring ☐ Overdracht|MONITORING",
            "[ ] Eerste inbreng [x] Vervolgbespreking [ ] Monitoring [ ] Overdracht|VERVOLGBESPREKING",
            "Eerste inbreng ☐ Vervolgbespreking ☒ Monitoring ☐ Overdracht ☐|VERVOLGBESPREKING",
    })
    void soortInbrengIsRead(String value, SoortInbreng expected) {
        assertEquals(Optional.of(expected), SoortInbrengField.read(value));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Eerste inbreng / Vervolgbespreking / Monitoring / Overdracht",
            "Eerste inbreng of vervolgbespreking",
            "☐ Eerste inbreng ☐ Vervolgbespreking ☐ Monitoring ☐ Overdracht",
            "☒ Eerste inbreng ☒ Vervolgbespreking ☐ Monitoring ☐ Overdracht",
            "bespreking",
    })
    void soortInbrengWithoutOneChoiceIsNotRead(String value) {
        assertEquals(Optional.empty(), SoortInbrengField.read(value));
    }

    @Test
    void youthsAreReadAsInitialAndBirthYear() {
        assertEquals(List.of(new Youth("J.", 2011)), YouthsField.read("J. (2011)"));
        assertEquals(List.of(new Youth("J.A.", 2011), new Youth("S.", 2014), new Youth("M.", 2015)),
                YouthsField.read("J.A. (2011), zus S., 2014 en broertje M. geb. 2015"));
        assertEquals(List.of(new Youth("L.", 2012)), YouthsField.read("dochter L (2012)"));
        assertTrue(YouthsField.read("moeder (1987)").isEmpty());
        assertTrue(YouthsField.read("Jan (12-05-2011)").isEmpty());
        assertTrue(YouthsField.read("J. (20111)").isEmpty());
    }

    @Test
    void dutchMultiLetterInitialsCountAsInitials() {
        assertEquals(List.of(new Youth("Ph.", 2016), new Youth("Chr.", 2019)),
                YouthsField.read("Ph. (2016) en zusje Chr. (2019)"));
        assertEquals(List.of(new Youth("Joh.", 2010)), YouthsField.read("zoon Joh. (2010)"));
        assertEquals(List.of(new Youth("Sj.", 2012), new Youth("Tj.", 2014)), YouthsField.read("Sj. (2012), Tj. 2014"));
        assertEquals(List.of(new Youth("A.Th.", 2009)), YouthsField.read("A.Th. (2009)"));
        assertEquals(List.of(new Youth("IJ.", 2023)), YouthsField.read("broertje IJ. (2023)"));
        assertEquals(List.of(new Youth("Th.", 2011), new Youth("IJ.", 2013)), YouthsField.read("Th (2011) en IJ (2013)"));
        assertTrue(YouthsField.read("Jan (2011)").isEmpty());
        assertTrue(YouthsField.read("Ties (2011) en Bram (2013)").isEmpty());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "17-10-2026|2026-10-17", "17/10/2026|2026-10-17", "17.10.2026|2026-10-17", "17-10-26|2026-10-17",
            "2026-10-17|2026-10-17", "17 oktober 2026|2026-10-17", "dinsdag 17 okt. 2026|2026-10-17",
            "3 maart 2027|2027-03-03"})
    void datesAreRead(String value, LocalDate expected) {
        assertEquals(Optional.of(expected), CardDates.read(value));
    }

    @Test
    void invalidDatesAreNotRead() {
        assertEquals(Optional.empty(), CardDates.read("31-02-2026"));
        assertEquals(Optional.empty(), CardDates.read("week 42"));
    }
}
