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

    private static final KeyWords KEYS = new KeyWords("paspoort", "pasnummer", "id-", "id ", "id:", "idkaart", "identiteit",
        "document", "rijbewijs", "verblijf", "vreemdeling", "v-n", "vnummer", "vnr", "v-nr", "w-doc", "wdoc", "ind-",
        "ind ", "indnummer", "passport");
    private static final Pattern CONTEXT_BEFORE = Pattern.compile(
            "(?i)\\b(?:paspoort(?:[\\s-]?(?:nummer|nr\\.?))?|pasnummer|id-?kaart(?:[\\s-]?nummer)?|id\\s?kaart|identiteitskaart(?:nummer)?|"
                    + "identiteitsbewijs(?:nummer)?|id-?nummer|document-?nummer|document-?nr\\.?|rijbewijs(?:[\\s-]?(?:nummer|nr\\.?))?|"
                    + "verblijfs(?:vergunning|document|pas)(?:[\\s-]?nummer)?|vreemdelingen[\\s-]?(?:nummer|nr\\.?)|v-?nummer|v-?nr\\.?|"
                    + "w-?document|ind-?nummer|passport(?: number| no\\.?)?)"
                    + "(?:\\s?(?:nummer|nr\\.?|no\\.?))?\\s*(?:is|:|=|-|#)?\\s*([A-Za-z]{0,3})$");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Span> spans(TextSegment segment, ScreeningContext context) {
        String text = segment.text();
        // A document number holds at least two digits ("UYM8CJHH6"), or one after "paspoort"/"ID-kaart"
        // ("FFJDJEBJ2"); other context-led codes need four (checked below).
        if (text.length() < 9 || TextWindow.digitCount(text) < 1) {
            return List.of();
        }
        List<Span> spans = new ArrayList<>(0);
        for (int i = 0; i + 9 <= text.length(); i++) {
            if (isDocumentNumberAt(text, i) || isDocumentNumberWithOneDigitAt(text, i) && documentContextBefore(text, i)) {
                spans.add(new Span(i, i + 9, Category.ID_NUMBER, NAME));
                i += 8;
            }
        }
        String lower = null;
        for (int number : TextWindow.digitRunStarts(text)) {
            if (lower == null) {
                lower = TextWindow.lowerSameLength(text);
            }
            if (!KEYS.anyAtWordStart(lower, Math.max(0, number - 50), number)) {
                continue;
            }
            String before = text.substring(Math.max(0, number - 50), number);
            Matcher c = CONTEXT_BEFORE.matcher(before);
            if (!c.find()) {
                continue;
            }
            int start = number - c.group(1).length();
            int end = trimToCode(text, start, Math.min(text.length(), start + 20));
            if (end > start && TextWindow.digitCount(text.substring(start, end)) >= 4) {
                spans.add(new Span(start, end, Category.ID_NUMBER, NAME));
            }
        }
        for (Span s : DocumentNumberAfterLabel.bundled().spans(text, NAME)) { // round 11: "Rijbewijs oom: ..."
            if (spans.stream().noneMatch(o -> o.start() < s.end() && s.start() < o.end())) {
                spans.add(s);
            }
        }
        List<Span> series = new ArrayList<>(0);
        SeriesNumberAfterNr.find(text, NAME, series); // round 14 (r14-misses): "seria en nr RX 482913"
        for (Span s : series) {
            if (spans.stream().noneMatch(o -> o.start() < s.end() && s.start() < o.end())) {
                spans.add(s);
            }
        }
        BelgianNationalNumber.find(text, NAME, spans); // round 16: "RRN vader 84.09.15-585.16", "INSZ: 13060952534"
        return spans;
    }

    /** Two letters, six letters or digits, one digit; no O; at least two digits; whole token. */
    private static boolean isDocumentNumberAt(String text, int i) {
        char first = text.charAt(i);
        if (first < 'A' || first > 'Z' || first == 'O' || i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1))
                || text.charAt(i - 1) == '-')) {
            return false;
        }
        char second = text.charAt(i + 1);
        if (second < 'A' || second > 'Z' || second == 'O') {
            return false;
        }
        int digits = 0;
        for (int k = i + 2; k < i + 8; k++) {
            char c = text.charAt(k);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c < 'A' || c > 'Z' || c == 'O') {
                return false;
            }
        }
        char last = text.charAt(i + 8);
        if (last < '0' || last > '9' || i + 9 < text.length() && Character.isLetterOrDigit(text.charAt(i + 9))) {
            return false;
        }
        return digits + 1 >= 2;
    }

    /** The document-number format whose only digit is the last character ("FFJDJEBJ2"). */
    private static boolean isDocumentNumberWithOneDigitAt(String text, int i) {
        if (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '-')) {
            return false;
        }
        for (int k = i; k < i + 8; k++) {
            char c = text.charAt(k);
            if (c < 'A' || c > 'Z' || c == 'O') {
                return false;
            }
        }
        char last = text.charAt(i + 8);
        return last >= '0' && last <= '9' && (i + 9 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 9)));
    }

    /** "paspoort", "ID-kaart", "identiteitskaart", "documentnummer" or "passport" in the 50 characters before. */
    private static boolean documentContextBefore(String text, int i) {
        String before = text.substring(Math.max(0, i - 50), i).toLowerCase(java.util.Locale.ROOT);
        return before.contains("paspoort") || before.contains("id-kaart") || before.contains("idkaart")
                || before.contains("id kaart") || before.contains("identiteit") || before.contains("documentnummer")
                || before.contains("passport");
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
