package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.screening.Category;

/**
 * Round 24 (t24-new): the notice number ("notitienummer") a Belgian public prosecutor's office gives a case, written
 * as the parket writes it: the judicial district's two letters, two digits of the kind of case, a section of two
 * letters or digits, a serial of four to six digits and the year after a slash ("GE.37.L7.004512/25", "AN.12.L8.012345/20",
 * "BR.60.LB.123456/19"). No other number a card holds is written so (a case is a family's), so it counts anywhere,
 * also without its label ("Zaaknr. parket Gent ..."). Stays: dotted dates and versions ("12.03.2026", "v2.10.3"),
 * organisation numbers ("0123.456.789"), a district code without the serial ("GE.37"). Used by
 * {@link ClientNumberDetector}; stateless.
 */
final class BelgianParketNumber {

    private static final Pattern NOTICE = Pattern.compile(
            "(?<![\\p{L}\\d./-])[A-Z]{2}\\.\\s?\\d{2}\\.\\s?[A-Z0-9]{2}\\.\\s?\\d{4,6}\\s?/\\s?\\d{2}(?:\\d{2})?(?![\\p{L}\\d]|[./-]\\d)");

    private BelgianParketNumber() {
    }

    /** Adds the notice numbers found in {@code text} that no span in {@code spans} covers yet. */
    static void find(String text, List<Span> spans) {
        Matcher m = NOTICE.matcher(text);
        while (m.find()) {
            if (!covered(spans, m.start(), m.end())) {
                spans.add(new Span(m.start(), m.end(), Category.CLIENT_NUMBER, ClientNumberDetector.NAME));
            }
        }
    }

    private static boolean covered(List<Span> spans, int start, int end) {
        for (Span s : spans) {
            if (s.start() <= start && end <= s.end()) {
                return true;
            }
        }
        return false;
    }
}
