package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.card.TextSegment;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.ScreeningContext;

/**
 * ID_NUMBER: numbers of identity documents. The Dutch passport / identity card document number has nine
 * characters — two letters, six letters or digits, one digit, never the letter O ({@code NX7BL2R46},
 * {@code SPECI2014}) — and counts anywhere when it holds at least two digits. After "paspoort", "ID-kaart",
 * "identiteitskaart", "rijbewijs", "documentnummer", "verblijfsvergunning", "V-nummer", "vreemdelingennummer" any
 * code of five or more characters with four or more digits counts (a rijbewijsnummer or V-nummer is ten digits).
 * Thread-safe.
 */
public final class IdNumberDetector extends SpanDetector {

    public static final String NAME = "ID_NUMBER";

    private static final Pattern DOCUMENT_NUMBER = Pattern.compile(
            "(?<![A-Za-z0-9-])[A-NP-Z]{2}[A-NP-Z0-9]{6}[0-9](?![A-Za-z0-9])");
    private static final Pattern CONTEXT = Pattern.compile(
            "(?i)\\b(?:paspoort(?:nummer|nr\\.?)?|pasnummer|id-?kaart(?:nummer)?|id\\s?kaart|identiteitskaart(?:nummer)?|"
                    + "identiteitsbewijs(?:nummer)?|id-?nummer|documentnummer|documentnr\\.?|rijbewijs(?:nummer|nr\\.?)?|"
                    + "verblijfs(?:vergunning|document|pas)(?:nummer)?|vreemdelingen(?:nummer|nr\\.?)|v-?nummer|v-?nr\\.?|"
                    + "w-?document|ind-?nummer|passport(?: number| no\\.?)?)"
                    + "(?:\\s?(?:nummer|nr\\.?|no\\.?))?\\s*(?:is|:|=|-|#)?\\s*"
                    + "([A-Za-z0-9][A-Za-z0-9 .-]{3,18}[A-Za-z0-9])");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Span> spans(TextSegment segment, ScreeningContext context) {
        String text = segment.text();
        if (text.length() < 9) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>(0);
        Matcher m = DOCUMENT_NUMBER.matcher(text);
        while (m.find()) {
            if (TextWindow.digits(m.group()).length() >= 2) {
                spans.add(new Span(m.start(), m.end(), Category.ID_NUMBER, NAME));
            }
        }
        m = CONTEXT.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            int end = trimToCode(text, start, m.end(1));
            if (end > start && TextWindow.digits(text.substring(start, end)).length() >= 4) {
                spans.add(new Span(start, end, Category.ID_NUMBER, NAME));
            }
        }
        return spans;
    }

    /** The code ends at the first space that is followed by a word without digits. */
    static int trimToCode(String text, int start, int end) {
        int i = start;
        while (i < end) {
            char c = text.charAt(i);
            if (c == ' ') {
                int next = i + 1;
                int wordEnd = next;
                while (wordEnd < end && text.charAt(wordEnd) != ' ') {
                    wordEnd++;
                }
                if (TextWindow.digits(text.substring(next, wordEnd)).isEmpty()) {
                    return i;
                }
            }
            i++;
        }
        int e = end;
        while (e > start && (text.charAt(e - 1) == '.' || text.charAt(e - 1) == '-')) {
            e--;
        }
        return e;
    }
}
