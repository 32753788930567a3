package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 25 rule (t25-held): a Bible reference, a book with a chapter and perhaps a verse ("Psalm 23", "Matteüs 18",
 * "Jakobus 1:27", "1 Korintiërs 13:4-7"), is a citation, not a street with its house number nor a person's name. A
 * church's or a school's letter quoted in a card cites them ("in het vertrouwen dat de Heere alles regeert (Psalm 23)",
 * "in gebed (Jakobus 1:27)"), and a footnote names the letter's texts ("zie Psalm 23 en Matteüs 18"). The books are
 * data ({@code bible-books.txt}). A reference counts when:
 * <ul>
 * <li>the book is one capitalised word of that list (optionally after a book number 1-3), right before a chapter of
 * one to three digits up to 150, optionally with a verse after a colon ("1:27") and a verse range ("4-7");</li>
 * <li>no word of an age or a time follows (jaar, jr, maanden, weken, uur: "Ruth 4 jaar", "Johannes 10:30 uur") and no
 * further digit or letter is joined to the number;</li>
 * <li>no kin word, role, title or particle and no capitalised word stands right before the book ("zoon Johannes 3:16",
 * "Jan Psalm 23");</li>
 * <li>a book that no name list holds (Psalm, Matteüs, Jakobus, Handelingen) with a word of the faith in the text
 * ({@code faith-words.txt}; "Psalm" is one); a book that a name list holds (Johannes, Lucas, Ruth, Daniël, Petrus)
 * only with a verse and a faith word: "Ruth 4 en Daniël 6" is a list of children and their ages, "Johannes 14" a
 * boy's name and age.</li>
 * </ul>
 * Read by the name steps (the book's flag is cleared) and by {@link AddressDetector} (the book and chapter are no
 * street and house number). Stateless.
 */
final class BibleReference {

    private static final Set<String> BOOKS = WordLists.lowerCaseSet("bible-books.txt");
    private static final Set<String> FAITH = WordLists.lowerCaseSet("faith-words.txt");
    private static final Pattern REFERENCE = Pattern.compile("(?<![\\p{L}\\d])(?:[1-3]\\s?)?(\\p{Lu}\\p{L}+)\\.?\\s+"
            + "(\\d{1,3})(?::(\\d{1,3})(?:\\s?[-–]\\s?\\d{1,3})?)?(?![\\p{L}\\d]|[.,:/-]\\d)");
    private static final Pattern AGE_OR_TIME_AFTER = Pattern.compile("^\\s*(?:jaar|jr|j\\.|maand|maanden|mnd|weken|"
            + "week|dagen|uur|u\\.|u\\b|min)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)(\\.?)\\s*$");
    private static final Pattern FAITH_WORD = Pattern.compile("\\p{L}+");
    private static final int MAX_CHAPTER = 150;
    /** Words of living or an address before the reference in its sentence (as {@link AddressDetector} reads them). */
    private static final Pattern LIVING = Pattern.compile("(?iu)(?<![\\p{L}])(?:woon\\p{L}*|woont|wonen|woonde|"
            + "\\p{L}*adres\\p{L}*|verhuis\\p{L}*|verhuisd|verblijf\\p{L}*|ingeschreven|logeer\\p{L}*|p/a|"
            + "woning\\p{L}*|huisbezoek)(?![\\p{L}])");
    /** A place after the number: "in Urk", "te Urk", ", Urk". */
    private static final Pattern PLACE_AFTER = Pattern.compile("\\s*(?:,|\\s(?:in|te))\\s+\\p{Lu}");

    private BibleReference() {
    }

    /** The references in {@code text}: {start of the book, end of the chapter or verse} each. */
    static List<int[]> find(String text, WordLists words) {
        if (text.length() < 6 || !hasDigit(text)) {
            return List.of();
        }
        List<int[]> found = new ArrayList<>(0);
        Boolean faith = null;
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            String book = m.group(1);
            String lower = WordLists.lower(book);
            if (!BOOKS.contains(lower) || Integer.parseInt(m.group(2)) > MAX_CHAPTER
                    || AGE_OR_TIME_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 8))).find()
                    || personWordBefore(text, m.start(), words) || residence(text, m.start(), m.end())) {
                continue;
            }
            boolean verse = m.group(3) != null;
            boolean named = words.isName(book) || words.isName(NameClassifier.capitalise(lower))
                    || words.isFirstNameLower(lower);
            if (named && !verse) {
                continue;
            }
            if (faith == null) {
                faith = faithWord(text);
            }
            if (faith) {
                found.add(new int[] {m.start(1), m.end()});
            }
        }
        return found;
    }

    /** Clears the flags of the books of the segment's references. */
    static void unflag(String text, List<Token> tokens, boolean[] flag, WordLists words) {
        List<int[]> refs = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || !BOOKS.contains(t.lower())) {
                continue;
            }
            if (refs == null) {
                refs = find(text, words);
            }
            for (int[] r : refs) {
                if (t.start() == r[0]) {
                    flag[i] = false;
                }
            }
        }
    }

    /** Whether the span lies inside one of the text's references ("Psalm 23" read as a street and number). */
    static boolean covers(List<int[]> refs, int start, int end) {
        for (int[] r : refs) {
            if (start >= r[0] && end <= r[1]) {
                return true;
            }
        }
        return false;
    }

    private static boolean personWordBefore(String text, int start, WordLists words) {
        Matcher w = WORD_BEFORE.matcher(text.substring(Math.max(0, start - 30), start));
        if (!w.find()) {
            return false;
        }
        String word = w.group(1);
        String lower = WordLists.lower(word);
        if (!w.group(2).isEmpty()) {
            return words.isTitle(lower); // "dhr. Job 3:1"; any other word before a full stop ends a sentence
        }
        boolean sentenceStart = w.start() == 0 && start <= 30;
        return words.isKinOrRole(lower) || words.isTitle(lower) || words.isTussenvoegsel(lower)
                || Character.isUpperCase(word.charAt(0)) && !sentenceStart && !BOOKS.contains(lower)
                && !FAITH.contains(lower) && words.isName(word);
    }

    /**
     * A residence in the sentence before the reference ("verhuisd naar Jakobus 14") or a place after it ("Jakobus 14 in
     * Urk", "Jakobus 14, Urk"): a street and house number.
     */
    private static boolean residence(String text, int start, int end) {
        int from = start;
        while (from > 0 && ".!?\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return LIVING.matcher(text).region(from, start).find()
                || PLACE_AFTER.matcher(text).region(end, text.length()).lookingAt();
    }

    private static boolean faithWord(String text) {
        Matcher w = FAITH_WORD.matcher(text);
        while (w.find()) {
            if (FAITH.contains(WordLists.lower(w.group()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
