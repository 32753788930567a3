package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.DocumentPart;
import nl.vhkgateway.domain.card.Location;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.ScreeningContext;

/** Test helpers: segments in a section, a one-card context, and what a detector found as "CATEGORY[text]". */
final class DetectorFixture {

    static final int CARD_YEAR = 2026;

    private DetectorFixture() {
    }

    static TextSegment segment(String text, Section section) {
        return new TextSegment(text, Location.inSection(DocumentPart.BODY, section, "alinea 1"));
    }

    static TextSegment segment(String text) {
        return segment(text, Section.ONVEILIGHEID);
    }

    static ScreeningContext context(TextSegment... segments) {
        return new ScreeningContext(new CardContent(List.of(segments), Map.of(), Set.of()), CARD_YEAR);
    }

    /** "CATEGORY[covered text]" for each span the detector finds in the text, standing alone in a section. */
    static List<String> found(SpanDetector detector, String text, Section section) {
        TextSegment s = segment(text, section);
        return describe(text, FindingResolver.resolveSpans(detector.spans(s, context(s))));
    }

    static List<String> found(SpanDetector detector, String text) {
        return found(detector, text, Section.ONVEILIGHEID);
    }

    /** What the whole default catalog finds in the text. */
    static List<String> all(String text, Section section) {
        TextSegment s = segment(text, section);
        return describe(text, DetectorCatalog.defaults().spans(s, context(s)));
    }

    static List<String> all(String text) {
        return all(text, Section.ONVEILIGHEID);
    }

    static List<String> describe(String text, List<Span> spans) {
        List<String> out = new ArrayList<>();
        for (Span s : spans) {
            out.add(s.category() + "[" + text.substring(s.start(), s.end()) + "]");
        }
        return out;
    }

    static String f(Category category, String text) {
        return category + "[" + text + "]";
    }
}
