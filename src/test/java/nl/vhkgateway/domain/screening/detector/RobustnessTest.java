package nl.vhkgateway.domain.screening.detector;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.TextSegment;
import org.junit.jupiter.api.Test;

/**
 * Random and hostile text (surrogate pairs, control characters, endless digits, separators, apostrophes, very long
 * words, every section) goes through the whole catalog without an exception and in bounded time: no catastrophic
 * regular expressions.
 */
class RobustnessTest {

    private static final String ALPHABET = "aAbBeEiIoOuUsStTnNrRjJdDvVmMkK ÀéëïöüçşğıłńóśźżĳÆ’'\"-–./,:;()[]@#+*°%€"
            + "0123456789\t\n\u00a0\u200b";

    @Test
    void randomTextNeverBreaksTheDetectors() {
        Random random = new Random(7);
        Section[] sections = Section.values();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int i = 0; i < 3000; i++) {
                StringBuilder b = new StringBuilder();
                int length = random.nextInt(i % 50 == 0 ? 5000 : 300);
                for (int k = 0; k < length; k++) {
                    int choice = random.nextInt(20);
                    if (choice == 0) {
                        b.appendCodePoint(0x1F600 + random.nextInt(50)); // emoji: surrogate pairs
                    } else if (choice == 1) {
                        b.append(random.nextInt(1_000_000));
                    } else {
                        b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                    }
                }
                TextSegment s = DetectorFixture.segment(b.toString(), sections[random.nextInt(sections.length)]);
                DetectorCatalog.defaults().detect(s, DetectorFixture.context(s));
            }
        });
    }

    @Test
    void pathologicalInputsStayFast() {
        String[] inputs = {"0".repeat(20_000), "06 ".repeat(5_000), "a".repeat(50_000), "A".repeat(50_000),
            "Aa ".repeat(10_000), "J. ".repeat(10_000), "van de ".repeat(5_000) + "Vries", "@".repeat(10_000),
            "x@".repeat(5_000), "NL".repeat(10_000) + "91", "1-".repeat(10_000), "12-03-".repeat(5_000),
            "Kerkstraat ".repeat(5_000) + "12", "http://facebook.com/" + "a".repeat(20_000), "'".repeat(10_000),
            "moeder ".repeat(5_000), "woont aan de ".repeat(3_000), "a.".repeat(10_000) + "nl",
            "x@a" + ".a".repeat(10_000), "sanne" + "@a.b".repeat(5_000), "1 ".repeat(10_000), "12.".repeat(10_000)};
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            for (String input : inputs) {
                TextSegment s = DetectorFixture.segment(input, Section.GEZINSSAMENSTELLING);
                DetectorCatalog.defaults().detect(s, DetectorFixture.context(s));
            }
        });
    }
}
