package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.domain.screening.Category;

/**
 * Round 11 rule: a document number after a label that names the holder. An identity document's kind (a label of
 * {@code document-labels.txt}: "persoonskaart", "rijbewijs", "paspoort", "verblijfsdocument", "W-document", with
 * "nummer"/"nr" joined or after it), then an optional holder (a kin or role word of {@code kin-roles.txt}, also
 * after "van" and an article: "Rijbewijs stiefvader:", "paspoort van de oma:"), then a colon or nothing, then a code
 * of letters and at least two digits, or of at least six digits ("paspoortnummer vader IRD57516R4", foreign
 * documents: "dowód osobisty ABK 412887", "Bulgaarse persoonskaart: 648391027"). A date, a word or a
 * short number after the colon is no code ("Rijbewijs vader: ingetrokken", "paspoort moeder: 12-03-2031"); labels of
 * organisation numbers (KvK, AGB) are not listed. Immutable and thread-safe.
 */
final class DocumentNumberAfterLabel {

    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}-]*");
    /** After the label and holder (checked apart): an optional colon, then the code and its end. */
    private static final Pattern CODE = Pattern.compile("\\s*[:=]?\\s*((?:[A-Z]{1,3}[ -])?[A-Za-z0-9]*\\d[A-Za-z0-9]*)(?![\\w/-]|[.,]\\w)");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    /**
     * Round 20 (t20-items): a document number of two or three letter groups joined by hyphens before the digits, as
     * foreign passports and identity cards write a country and a series ("ER-TP-0937", "BE-ANT-SB-4471"): four or more
     * digits.
     */
    private static final Pattern CHAINED_CODE = Pattern.compile(
            "\\s*[:=]?\\s*((?:[A-Z]{1,3}-){2,3}[A-Z0-9]*\\d{4,}[A-Z0-9]*)(?![\\w/-]|[.,]\\w)");
    private static final Set<String> ARTICLES = Set.of("de", "het", "een", "zijn", "haar", "z'n");

    private final Set<String> labels;
    private final Set<String> holders;

    private DocumentNumberAfterLabel(Set<String> labels, Set<String> holders) {
        this.labels = labels;
        this.holders = holders;
    }

    static DocumentNumberAfterLabel bundled() {
        return Holder.BUNDLED;
    }

    private static final class Holder {
        private static final DocumentNumberAfterLabel BUNDLED = new DocumentNumberAfterLabel(WordLists.lowerCaseSet("document-labels.txt"),
                WordLists.lowerCaseSet("kin-roles.txt"));
    }

    /** The spans of document numbers after a label with an optional holder; empty when there is none. */
    List<Span> spans(String text, String detector) {
        List<Span> spans = new ArrayList<>(0);
        String lower = text.toLowerCase(Locale.ROOT);
        Matcher w = WORD.matcher(lower);
        int from = 0;
        while (from < lower.length() && w.find(from)) {
            from = w.end();
            if (!label(w.group())) {
                continue;
            }
            int at = afterHolder(lower, w.end());
            at = afterWordsBeforeColon(lower, at);
            Matcher chained = CHAINED_CODE.matcher(text).region(at, text.length());
            if (chained.lookingAt() && !YEAR.matcher(chained.group(1).substring(chained.group(1).lastIndexOf('-') + 1))
                    .matches()) {
                spans.add(new Span(chained.start(1), chained.end(1), Category.ID_NUMBER, detector));
                from = chained.end(1);
                continue;
            }
            Matcher c = CODE.matcher(text).region(at, text.length());
            if (!c.lookingAt()) {
                continue;
            }
            String code = c.group(1);
            int digits = TextWindow.digitCount(code);
            boolean letters = code.chars().anyMatch(Character::isLetter);
            if (!yearOrShortAfterPrefix(code) && (letters ? digits >= 2 && code.length() >= 6 : digits >= 6)) {
                spans.add(new Span(c.start(1), c.end(1), Category.ID_NUMBER, detector));
                from = c.end(1);
            }
        }
        return spans;
    }

    /**
     * A letter prefix set apart ("B 2016", "NL 2019") needs at least five digits after it, and a bare year (19xx, 20xx)
     * is never a document number ("Rijbewijs vader: B 2016", "Paspoort oma: NL 2019 verlopen").
     */
    private static boolean yearOrShortAfterPrefix(String code) {
        int gap = Math.max(code.indexOf(' '), code.indexOf('-'));
        String rest = gap >= 0 ? code.substring(gap + 1) : code;
        if (YEAR.matcher(rest).matches()) {
            return true;
        }
        return gap >= 0 && TextWindow.digitCount(rest) < 5;
    }

    private boolean label(String word) {
        if (labels.contains(word)) {
            return true;
        }
        for (String suffix : new String[] {"nummer", "-nummer", "nr", "-nr"}) {
            if (word.endsWith(suffix) && labels.contains(word.substring(0, word.length() - suffix.length()))) {
                return true;
            }
        }
        return false;
    }

    /** Round 20 (t20-items): one or two words of a holder no list holds, then a colon ("paszport matki:", "der Mutter:"). */
    private static final Pattern WORDS_THEN_COLON = Pattern.compile(
            "(?:\\s+[\\p{L}][\\p{L}'’-]*){0,2}(?:\\s*\\([\\p{L}][\\p{L} .'’-]{0,30}\\))?(?<=\\S)(?=\\s*:)");

    /**
     * Skips one or two words right before a colon ("Reisepass der Mutter: ...", "paszport matki: ..."): a holder
     * written in another language; the code must still follow the colon. Round 25 (t25-items): and a place or
     * word in brackets before the colon ("Personalausweis vader (Gronau): ...", "paspoort oma (Marokkaans): ...").
     */
    private static int afterWordsBeforeColon(String lower, int at) {
        Matcher m = WORDS_THEN_COLON.matcher(lower).region(at, lower.length());
        return m.lookingAt() ? m.end() : at;
    }

    /** Skips "nummer", "van", an article and one or two holder words after the label ("stiefvader", "van de oma"). */
    private int afterHolder(String lower, int at) {
        int pos = at;
        int holdersSeen = 0;
        Matcher w = WORD.matcher(lower);
        while (holdersSeen < 2 && w.find(pos) && lower.substring(pos, w.start()).isBlank()) {
            String word = w.group();
            if (word.equals("nummer") || word.equals("nr") || word.equals("van") || ARTICLES.contains(word)) {
                pos = w.end();
                if (pos < lower.length() && lower.charAt(pos) == '.') {
                    pos++; // "nr."
                }
                continue;
            }
            if (!holders.contains(word)) {
                break;
            }
            pos = w.end();
            holdersSeen++;
        }
        return pos;
    }
}
