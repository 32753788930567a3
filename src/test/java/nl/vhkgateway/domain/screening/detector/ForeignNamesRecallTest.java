package nl.vhkgateway.domain.screening.detector;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.datafaker.Faker;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.TextSegment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Recall on names the word lists were NOT built from: Datafaker locales left out of the generator (Vietnamese,
 * Indonesian, Swedish, Finnish, Nigerian and Indian English) put into card sentences with the usual contexts. Only
 * context and capitalisation can catch most of them. Seeded, so the run is reproducible. A few names that are also
 * ordinary words ("Per", "Dag", "Prima") at a sentence start are expected misses; recall must stay at least 92 %.
 */
class ForeignNamesRecallTest {

    private static final String[] TEMPLATES = {"Het gesprek met %F %L verliep rustig.", "%F zegt dat ze bang is.",
        "Oom %F komt vaak langs.", "Mevrouw %L is de buurvrouw.", "Volgens %F is het thuis onrustig.",
        "De vriend van moeder, %F, woont in.", "%F %L (1985) is de vader.", "Zij gaat vaak naar %F toe.",
        "Dhr. %L wil niet meewerken.", "%F's moeder werkt veel."};

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"vi", "id", "sv", "fi", "en-NG", "en-IN"})
    void namesFromLocalesOutsideTheWordLists(String locale) {
        Faker faker = new Faker(Locale.forLanguageTag(locale), new Random(42));
        int tried = 0;
        int found = 0;
        for (int i = 0; i < 300; i++) {
            String first = faker.name().firstName();
            String last = faker.name().lastName();
            if (!first.matches("[\\p{L}'\\- ]+") || !last.matches("[\\p{L}'\\- ]+")) {
                continue;
            }
            String template = TEMPLATES[i % TEMPLATES.length];
            String text = template.replace("%F", first).replace("%L", last);
            String target = template.contains("%F") ? first : last;
            TextSegment s = DetectorFixture.segment(text, Section.ONVEILIGHEID);
            List<Span> spans = DetectorCatalog.defaults().spans(s, DetectorFixture.context(s));
            int at = text.indexOf(target);
            tried++;
            if (spans.stream().anyMatch(x -> x.start() < at + target.length() && at < x.end())) {
                found++;
            }
        }
        double recall = 100.0 * found / tried;
        assertTrue(recall >= 92.0, locale + ": recall " + recall + " %");
    }
}
