package nl.vhkgateway.domain.screening.detector;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 13: a date in a list of children ("kinderen: Sem 9-12-2017 en Lot, drie maart 2019", "kids: kacper 9 dec
 * 2017"): after a label of a list of children or siblings and a colon, in the same sentence and line, a full date of
 * an earlier year is a child's birth date. The caller keeps dates introduced as events ("kinderen: sinds 3-3-2019
 * bij oma", "kinderen: uithuisplaatsing 3-3-2019") out and leaves recent dates alone. Stateless and thread-safe.
 */
final class ChildrenListDate {

    /** "kinderen:", "kids:", "broers en zussen:", "kinderen in huis:" (also in capitals). */
    private static final Pattern LABEL = Pattern.compile("(?iu)(?<![\\p{L}])(?:kinderen|kids|kindjes|kinders|"
            + "jeugdigen|broers|zussen|broertjes|zusjes|broers\\s+en\\s+zussen|broertjes\\s+en\\s+zusjes|"
            + "kinderen\\s+in\\s+(?:huis|het\\s+gezin))\\s*:");
    /** A sentence ends at ". ", "! ", "? " after two letters or digits (not an initial) before a capital, or at ";". */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[\\p{L}\\d]{2})[.!?]\\s+(?=\\p{Lu})|;");

    private ChildrenListDate() {
    }

    /** A children's list label stands before {@code dateStart} in its sentence and line. */
    static boolean holds(String text, int dateStart, WordLists words) {
        int lineStart = text.lastIndexOf('\n', dateStart - 1) + 1;
        int from = Math.max(lineStart, dateStart - 160);
        String before = text.substring(from, dateStart);
        if (before.indexOf(':') < 0) {
            return false;
        }
        Matcher m = LABEL.matcher(before);
        int labelEnd = -1;
        while (m.find()) {
            labelEnd = m.end();
        }
        if (labelEnd < 0 || SENTENCE_END.matcher(before).region(labelEnd, before.length()).find()) {
            return false;
        }
        // a participle between label and date makes the date its event's ("Kinderen: aangemeld bij ... 12-01-2024")
        Matcher p = PARTICIPLE.matcher(before).region(labelEnd, before.length());
        while (p.find()) {
            String lower = WordLists.lower(p.group());
            // a long participle of no dictionary is a compound one ("uithuisgeplaatst"), no name
            if (!lower.equals("geboren") && (words.isWord(lower) || lower.length() >= 10 && p.group().equals(lower)
                    && !words.isFirstNameLower(lower))) {
                return false;
            }
        }
        // the date belongs to a child: right after the label, or after a given name, an initial, a kin word (no
        // professional) or a word of no dictionary (a name in lower case); not after a verb, a noun of an event or a
        // professional ("gesproken 12-10-2024", "gezien door de jeugdarts 12-06-2024", "De Vlinder 12-01-2024")
        Matcher w = WORD_BEFORE.matcher(before);
        if (!w.find() || w.start() < labelEnd) {
            return true;
        }
        String word = w.group(1);
        String lower = WordLists.lower(word);
        if (ARTICLE_BEFORE.matcher(before).region(0, w.start()).find() && !words.isKinOrRole(lower)
                || word.length() > 2 && word.equals(word.toUpperCase(java.util.Locale.ROOT)) && !words.isFirstName(word)) {
            return false; // "in het MDO 12-03-2024", "na de OTS 3-3-2023": a noun or an abbreviation, no child
        }
        return word.length() == 1 || lower.equals("en") || !words.isWord(lower)
                || Character.isUpperCase(word.charAt(0)) && words.isFirstName(word)
                || words.isKinOrRole(lower) && !BirthDateDetector.PROFESSIONAL_ROLES.contains(lower);
    }

    /** A Dutch past participle: "aangemeld", "gezien", "geplaatst", "uitgesproken", "verhuisd". */
    private static final Pattern PARTICIPLE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:\\p{L}{0,8}ge\\p{L}{2,}(?:d|t|en)|verhuisd|vertrokken|begonnen|ontvangen)(?![\\p{L}])");

    /** An article right before the word before the date ("het MDO", "de zitting"): that word is a noun. */
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:de|het|een|'t)\\s+$");

    /** The word right before the date, past a comma, bracket or colon: "Sem, ", "L. (", "oudste: ". */
    private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}'’]+)\\.?\\s*[,(:]?\\s*$");
}
