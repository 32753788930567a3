package nl.vhkgateway.domain.screening.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.ScreeningContext;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Long, clean, realistic youth-care paragraphs (src/test/resources/clean/paragraphs.txt, varied wording, full of
 * allowed look-alikes: initials with birth years, ages, organisations, places, event dates, scores, service
 * numbers, instruments, apps, holidays) must give no finding at all — alone and together as one card.
 */
class CleanTextTest {

    record Paragraph(Section section, String text) {
    }

    static List<Paragraph> paragraphs() throws IOException {
        List<Paragraph> out = new ArrayList<>();
        try (InputStream in = CleanTextTest.class.getResourceAsStream("/clean/paragraphs.txt")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String line : all.split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(": ");
                out.add(new Paragraph(Section.valueOf(line.substring(0, colon)),
                        line.substring(colon + 2).replace("\\n", "\n")));
            }
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> eachParagraphIsClean() throws IOException {
        return paragraphs().stream().map(p -> DynamicTest.dynamicTest(p.section() + ": "
                + p.text().substring(0, Math.min(50, p.text().length())), () ->
                assertEquals(List.of(), DetectorFixture.all(p.text(), p.section()))));
    }

    @Test
    void theParagraphsTogetherAsOneCardAreClean() throws IOException {
        List<TextSegment> segments = new ArrayList<>();
        for (Paragraph p : paragraphs()) {
            segments.add(DetectorFixture.segment(p.text(), p.section()));
        }
        segments.add(DetectorFixture.segment("Karin Mulder, jeugdconsulent, gemeente Moerdijk, 06-12345678, "
                + "k.mulder@moerdijk.nl", Section.INBRENGER));
        segments.add(DetectorFixture.segment("J. (2011), D. (2016)", Section.JEUGDIGE));
        ScreeningContext context = DetectorFixture.context(segments.toArray(TextSegment[]::new));
        assertEquals(List.of(), DetectorCatalog.defaults().detect(context));
    }
}
