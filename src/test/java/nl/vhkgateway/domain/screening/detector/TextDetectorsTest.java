package nl.vhkgateway.domain.screening.detector;

import static nl.vhkgateway.domain.screening.detector.DetectorFixture.found;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import nl.vhkgateway.domain.card.Section;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Unit tests of the address, birth-date, e-mail and URL detectors. */
class TextDetectorsTest {

    private static final WordLists WORDS = WordLists.defaults();

    @Nested
    class Address {
        private final AddressDetector detector = new AddressDetector(WORDS);

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Het gezin woont op Kerkstraat 12a.|Kerkstraat 12a",
            "Adres: Lindelaan 3|Lindelaan 3",
            "Nu op Molenweg 112-2 bij oma.|Molenweg 112-2",
            "Burg. de Withstraat 3 is het adres.|Burg. de Withstraat 3",
            "Prins Hendrikstraat 45 in Breda|Prins Hendrikstraat 45",
            "Ze wonen op de Markt 7 boven de winkel.|Markt 7 boven",
            "vader zit op kastanjelaan 14|kastanjelaan 14",
            "Moeder woont aan de Lindelaan sinds maart.|Lindelaan",
            "Vader is verhuisd naar de Eikenlaan.|Eikenlaan",
        })
        void finds(String text, String address) {
            assertEquals(List.of("ADDRESS[" + address + "]"), found(detector, text));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"In week 12 en groep 7.", "De vergadering 2 keer verplaatst.", "Postbus 123 Breda",
            "Gemeente Moerdijk 3 kinderen", "Onderweg 2 keer gestopt.", "Fase 3 van het plan, stap 2.",
            "Artikel 1:255 BW", "Uitvoering 2 van het plan", "Hij is onderweg naar de straat."})
        void ignores(String text) {
            assertEquals(List.of(), found(detector, text));
        }
    }

    @Nested
    class BirthDate {
        private final BirthDateDetector detector = new BirthDateDetector(WORDS);

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Geboren op 12 maart 2011 in Breda.|12 maart 2011",
            "geb. 03-04-2015|03-04-2015",
            "Geboortedatum: 2011-03-12|2011-03-12",
            "° 12/3/2011|12/3/2011",
            "J. (12-03-2011) woont bij vader.|12-03-2011",
            "moeder (03-05-1987) werkt|03-05-1987",
            "Sanne (12-3-2011) woont|12-3-2011",
            "vader: 01-02-1985|01-02-1985",
            "Zij is jarig op 12 maart.|12 maart",
            "die op 14 februari 2012 geboren is|14 februari 2012",
        })
        void finds(String text, String date) {
            assertTrue(found(detector, text).contains("BIRTH_DATE[" + date + "]"), () -> found(detector, text).toString());
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Op 17-10-2026 is er een huisbezoek geweest.", "Moeder: 20-10-2026 gesproken.",
            "Vervolgbespreking op dinsdag 08-12-2026.", "Sinds 1 maart 2025 woont vader elders.",
            "J. (2011) en moeder (1987).", "In maart 2011 is het gezin verhuisd."})
        void ignores(String text) {
            assertEquals(List.of(), found(detector, text));
        }

        @Test
        void aFullDateWhereOnlyABirthYearIsAllowed() {
            assertEquals(List.of("BIRTH_DATE[12-03-2011]"), found(detector, "J. 12-03-2011", Section.JEUGDIGE));
            assertEquals(List.of("BIRTH_DATE[01-02-1985]"),
                    found(detector, "Vader, 01-02-1985, woont in Breda.", Section.GEZINSSAMENSTELLING));
            assertEquals(List.of(), found(detector, "Vader woont sinds 01-03-2025 in Breda.",
                    Section.GEZINSSAMENSTELLING));
        }
    }

    @Nested
    class Email {
        private final EmailDetector detector = new EmailDetector();

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Mail: sanne.jansen@gmail.com|sanne.jansen@gmail.com",
            "werk vader j.devries@bouwbedrijf.nl|j.devries@bouwbedrijf.nl",
            "info@gmail.com is privé|info@gmail.com",
            "moeder: fatima [at] hotmail.com|fatima [at] hotmail.com",
            "s.jansen(at)ziggo.nl|s.jansen(at)ziggo.nl",
        })
        void finds(String text, String email) {
            assertEquals(List.of("EMAIL[" + email + "]"), found(detector, text));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Stuur het naar veiligheidsteamswbw@zi2t.nl.", "Vragen: info@veiligthuis.nl",
            "Aanmelden via intake@jbb.nl of regionaalveiligheidsteam-WBW@rvdk.nl", "Zij was at home."})
        void ignores(String text) {
            assertEquals(List.of(), found(detector, text));
        }

        @Test
        void allowsAddressesInTheCoverFields() {
            assertEquals(List.of(), found(detector, "p.verhoeven@roosendaal.nl", Section.VASTE_DEELNEMER));
        }
    }

    @Nested
    class Url {
        private final UrlDetector detector = new UrlDetector(WORDS);

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "Zie facebook.com/sanne.jansen.9|facebook.com/sanne.jansen.9",
            "https://www.instagram.com/sanne_2011/|https://www.instagram.com/sanne_2011/",
            "filmpjes op tiktok.com/@sannetje|tiktok.com/@sannetje",
            "app via wa.me/31612345678|wa.me/31612345678",
            "cv op linkedin.com/in/jan-de-vries-123|linkedin.com/in/jan-de-vries-123",
            "haar account @sanne_2011 op Instagram|@sanne_2011",
            "insta: sanne_2011|sanne_2011",
            "snapchat: xXsannyXx|xXsannyXx",
        })
        void finds(String text, String url) {
            assertEquals(List.of("URL[" + url + "]"), found(detector, text));
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"Zie www.veiligthuis.nl en https://www.roosendaal.nl/jeugd.", "Instagram: geen account",
            "Score 7/10, t/m week 3.", "facebook.com is geblokkeerd."})
        void ignores(String text) {
            assertEquals(List.of(), found(detector, text));
        }
    }
}
