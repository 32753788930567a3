package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.screening.Category;

/**
 * Round 23 (t23-items): postcodes from abroad that the Dutch, Belgian and German shapes of {@link PostcodeDetector}
 * leave:
 * <ul>
 * <li>the Polish postcode, two digits, a hyphen and three digits before its town ("33-300 Nowy Sącz", "zip: 00-950
 * Warszawa"): before a listed place abroad (the town of the postcode), or after a postcode label (zip, zip code,
 * kod pocztowy, postcode). A range or score ("10-200 mg", "score 12-150") has no town of the list after it;</li>
 * <li>a German postcode before its listed town on a line a family member opens as its label ("VADER: 41334
 * NETTETAL", "moeder - 47533 Kleve"): the line gives where that person lives, as a word of living does
 * ({@link PostcodeDetector} reads five digits before a town only with such a word, Germany or a street).</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class ForeignPostcodeShapes {

    private static final Pattern POLISH = Pattern.compile("(?<![\\w,.€$/-])(\\d{2}-\\d{3})(?![\\d\\p{L}]|[-.,/]\\d)"
            + "(?:\\s+(\\p{Lu}[\\p{L}'’-]+)(?:\\s+(\\p{Lu}[\\p{L}'’-]+))?)?");
    private static final Pattern LABEL_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:zip(?:\\s*code)?|kod\\s+pocztowy|"
            + "postcode|postal\\s+code)\\s*[:.]?\\s*$");
    /** A family word opening the line as its label: "VADER:", "moeder -", "Oma |". */
    private static final Pattern KIN_LABEL = Pattern.compile("^\\s*(?:[-*•]\\s*)?(\\p{L}+)\\s*[:|–-]\\s*$");

    private ForeignPostcodeShapes() {
    }

    /** Adds the Polish postcodes in {@code text} that no span in {@code spans} covers yet. */
    static void polish(String text, WordLists words, List<Span> spans) {
        if (text.indexOf('-') < 0) {
            return;
        }
        Matcher m = POLISH.matcher(text);
        while (m.find()) {
            boolean town = false;
            if (m.group(2) != null) {
                String first = WordLists.lower(m.group(2));
                town = words.isAbroad(first)
                        || m.group(3) != null && words.isAbroad(first + " " + WordLists.lower(m.group(3)));
            }
            boolean label = LABEL_BEFORE.matcher(TextWindow.before(text, m.start(1), 30)).find();
            if ((town || label) && !covered(spans, m.start(1), m.end(1))) {
                spans.add(new Span(m.start(1), m.end(1), Category.POSTCODE, PostcodeDetector.NAME));
            }
        }
    }

    /**
     * Whether a family word alone opens the line of the number at {@code start} as its label ("VADER: 41334
     * NETTETAL"); professionals' roles are no family.
     */
    static boolean kinLabelBefore(String text, int start, WordLists words) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        Matcher m = KIN_LABEL.matcher(text).region(lineStart, start);
        if (!m.matches()) {
            return false;
        }
        String w = WordLists.lower(m.group(1));
        return words.isKinOrRole(w) && !BirthDateDetector.PROFESSIONAL_ROLES.contains(w);
    }

    private static boolean covered(List<Span> spans, int start, int end) {
        for (Span s : spans) {
            if (s.start() < end && start < s.end()) {
                return true;
            }
        }
        return false;
    }
}
