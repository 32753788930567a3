package nl.vhkgateway.domain.screening.detector;

import static nl.vhkgateway.domain.screening.detector.DetectorFixture.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.vhkgateway.domain.card.Section;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Unit tests of the detectors that look for numbers and codes, positives and negatives per detector. */
class NumberDetectorsTest {

    private static final WordLists WORDS = WordLists.defaults();

    @Nested
    class Bsn {
        private final BsnDetector detector = new BsnDetector();

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Het nummer is 123456782.|123456782",
            "BSN: 1234.56.782|1234.56.782",
            "bsn 123 456 782 van de jeugdige|123 456 782",
            "Burgerservicenummer 123-456-782|123-456-782",
            "BSN 10000008 (acht cijfers)|10000008",
            "bsn: 123456789 (klopt niet, toch een BSN)|123456789",
        })
        void finds(String text, String bsn) {
            assertEquals(List.of("BSN[" + bsn + "]"), found(detector, text));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Het nummer 123456789 faalt de elfproef.", "In 2011 en 2016 geboren.",
            "Datum 12.03.2011 en 12-03-2011.", "Bel 0612345678.", "Schuld van 12345678 euro zonder context."})
        void ignores(String text) {
            assertEquals(List.of(), found(detector, text));
        }

        @Test
        void elfproef() {
            assertTrue(Elfproef.isValidBsn("123456782"));
            assertTrue(Elfproef.isValidBsn("10000008"), "eight digits: a leading zero");
            assertFalse(Elfproef.isValidBsn("123456789"));
            assertFalse(Elfproef.isValidBsn("000000000"));
            assertFalse(Elfproef.isValidBsn("12345678a"));
        }
    }

    @Nested
    class Phone {
        private final PhoneDetector detector = new PhoneDetector();

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Bel 06-12345678.|06-12345678",
            "mobiel 06 1234 5678|06 1234 5678",
            "mobiel 06 12 34 56 78|06 12 34 56 78",
            "nummer 0612345678|0612345678",
            "tel. +31 6 12345678|+31 6 12345678",
            "tel +31 (0)6-1234 5678|+31 (0)6-1234 5678",
            "tel 0031 76 1234567|0031 76 1234567",
            "tel (076) 123 45 67|(076) 123 45 67",
            "tel 0165-123456|0165-123456",
            "tel 076-5234567|076-5234567",
            "opa in Marokko: +212 6 12 34 56 78|+212 6 12 34 56 78",
        })
        void finds(String text, String phone) {
            assertEquals(List.of("PHONE[" + phone + "]"), found(detector, text));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Veilig Thuis: 0800-2000.", "Bij spoed 112 bellen.", "Politie 0900-8844.",
            "Kindertelefoon 0800-0432", "Gemeente 14 0165", "Organisatie 088-1234567", "Op 06-12-2016 en 01-01-2020.",
            "Score 7/10 en week 42.", "Kosten 0,50 per minuut via 0900-1234567."})
        void ignores(String text) {
            assertEquals(List.of(), found(detector, text));
        }

        @Test
        void allowsWorkNumbersInTheCoverFields() {
            assertEquals(List.of(), found(detector, "Petra, 06-12345678", Section.INBRENGER));
        }
    }

    @Nested
    class Iban {
        private final IbanDetector detector = new IbanDetector();

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "IBAN NL91ABNA0417164300 van moeder|NL91ABNA0417164300",
            "rekening NL91 ABNA 0417 1643 00.|NL91 ABNA 0417 1643 00",
            "nl91abna0417164300|nl91abna0417164300",
            "Belgische rekening BE68 5390 0754 7034|BE68 5390 0754 7034",
            "Duitse rekening DE89370400440532013000|DE89370400440532013000",
            "IBAN: NL12ABNA0123456789 (typfout)|NL12ABNA0123456789",
        })
        void finds(String text, String iban) {
            assertEquals(List.of("IBAN[" + iban + "]"), found(detector, text));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Code NL12ABNA0123456789 zonder context faalt mod-97.", "Kenteken AB12 CDE",
            "Week 42 NL"})
        void ignores(String text) {
            assertEquals(List.of(), found(detector, text));
        }

        @Test
        void mod97() {
            assertTrue(IbanDetector.isValid("NL91 ABNA 0417 1643 00"));
            assertFalse(IbanDetector.isValid("NL91 ABNA 0417 1643 01"));
        }
    }

    @Nested
    class IdNumber {
        private final IdNumberDetector detector = new IdNumberDetector();

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Paspoort NX7BL2R46 is verlopen.|NX7BL2R46",
            "specimen SPECI2014|SPECI2014",
            "rijbewijsnummer 1234567890|1234567890",
            "V-nummer: 2345678901|2345678901",
            "ID-kaart IR1234567 ligt bij oma|IR1234567",
            "documentnummer is XR12345678 volgens IND|XR12345678",
            "Het paspoort van J. (UYM8CJHH6) ligt bij oma.|UYM8CJHH6",
            "Paspoortnummer vader: BH0ZEJN37|BH0ZEJN37",
            "Moeder heeft haar ID-kaart (nummer GPVIQBKR5) laten zien.|GPVIQBKR5",
        })
        void finds(String text, String id) {
            assertTrue(found(detector, text).contains("ID_NUMBER[" + id + "]"), () -> found(detector, text).toString());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Paspoort is verlopen in 2025.", "De ARIJ is afgenomen.", "COVID-19 en VHT-2026-0042",
            "Zij heeft een ID-kaart.", "Code ABCDEFGH1 zonder context."})
        void ignores(String text) {
            assertEquals(List.of(), found(detector, text));
        }
    }

    @Nested
    class ClientNumber {
        private final ClientNumberDetector detector = new ClientNumberDetector();

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Dossiernummer 2026-12345 bij Veilig Thuis|2026-12345",
            "cliëntnr: 884213|884213",
            "VT-nummer 26-00123|26-00123",
            "zaaknummer Z-2026-0042 van de Raad|Z-2026-0042",
            "Kenmerk: JBB/2026/1234|JBB/2026/1234",
            "registratienummer 4471239|4471239",
            "rechtbank C/02/412345 / JE RK 26-123|C/02/412345 / JE RK 26-123",
            "Cliëntnummer gemeente: 2025-944598|2025-944598",
            "Registratienummer jeugdzorgaanbieder: VT20434514|VT20434514",
        })
        void finds(String text, String number) {
            assertTrue(found(detector, text).contains("CLIENT_NUMBER[" + number + "]"),
                    () -> found(detector, text).toString());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Ons kenmerk VHT-2026-0042.", "De melding 3 keer gedaan.", "Zaak 12 jaar geleden.",
            "De cliënt is 15 jaar.", "Dossier sinds 2019 bekend.", "Zaaknummer volgt nog: 3 kinderen."})
        void ignores(String text) {
            assertEquals(List.of(), found(detector, text));
        }
    }

    @Nested
    class Postcode {
        private final PostcodeDetector detector = new PostcodeDetector(WORDS);

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "4701 AB Roosendaal|4701 AB",
            "postcode 4701AB|4701AB",
            "4611 XK Bergen op Zoom|4611 XK",
            "Kerkstraat 12, 4701 ab Roosendaal|4701 ab",
            "4873 EN Etten-Leur|4873 EN",
        })
        void finds(String text, String postcode) {
            assertEquals(List.of("POSTCODE[" + postcode + "]"), found(detector, text));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"IN 2026 EN 2027 ZIJN ER GESPREKKEN", "Tussen 2011 en 2016 woonde zij bij oma.",
            "In 2019 op Curaçao geweest.", "Sinds 2020 OF eerder.", "Code 1234 SS"})
        void ignores(String text) {
            assertEquals(List.of(), found(detector, text));
        }
    }
}
