package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Round 25 rule (t25-held): a Bible reference, a book with a chapter and perhaps a verse ("Psalm 91", "Jesaja 41",
 * "Romeinen 12:12", "1 Korintiërs 13:4-7"), is a citation, not a street with its house number nor a person's name. A
 * church's or a school's letter quoted in a card cites them ("wij bidden voor het gezin (Psalm 91)", "in
 * gebed (Romeinen 12:12)"), and a footnote names the letter's texts ("zie Psalm 91 en Jesaja 41"). The books are
 * data ({@code bible-books.txt}). A reference counts when:
 * <ul>
 * <li>the book is one capitalised word of that list (optionally after a book number 1-3), right before a chapter of
 * one to three digits up to 150, optionally with a verse after a colon ("1:27") and a verse range ("4-7");</li>
 * <li>no word of an age or a time follows (jaar, jr, maanden, weken, uur: "Ruth 4 jaar", "Johannes 10:30 uur") and no
 * further digit or letter is joined to the number;</li>
 * <li>no kin word, role, title or particle and no capitalised word stands right before the book ("zoon Johannes 3:16",
 * "Jan Psalm 91");</li>
 * <li>the text holds a word of the faith ({@code faith-words.txt}; "Psalm" is one);</li>
 * <li>review rb: a book that is never a given name ({@code bible-books.txt}: Psalm, Spreuken, Romeinen, Handelingen)
 * counts on its chapter alone; a book named after a person ({@code bible-books-named.txt}: Jesaja, Amos, Nehemia,
 * Matteüs, Johannes, Jakobus: given names in devout families) only with a citation mark: the reference alone in
 * brackets ("in gebed (Jakobus 5:16)"), a citing word right before it ("zie", "lees", "las", "citeert", "uit"), joined
 * by "en", a comma or a semicolon to a citation ("zie Psalm 91 en Jesaja 41"), or "leert ons"/"zegt dat" after it
 * when the text holds another citation. "Kinderen: Nehemia 9, Sefanja 6 en Obadja 3", "Johannes 12:15 bij de
 * bushalte", "Daniël 2:1 gewonnen" keep the flags;</li>
 * <li>no "op"/"aan" right before the book and no residence word in its sentence ("bij oma op Psalm 12", "verhuisd naar
 * Jakobus 14"; review rb).</li>
 * </ul>
 * Read by the name steps (the book's flag is cleared) and by {@link AddressDetector} (the book and chapter are no
 * street and house number). Stateless.
 */
final class BibleReference {

    private static final Set<String> BOOKS = WordLists.lowerCaseSet("bible-books.txt");
    /** Review rb: books named after a person, given names in devout families; only with a citation mark. */
    private static final Set<String> NAMED_BOOKS = WordLists.lowerCaseSet("bible-books-named.txt");
    /** Words that cite right before the book: "zie Psalm 91", "las Jesaja 40", "citeert Johannes 3:16". */
    private static final Pattern CITING_BEFORE = Pattern.compile("(?iu)(?<![\\p{L}])(?:zie|lees|leest|las|lazen|"
            + "citeert|citeerde|citeren|aangehaald|tekst|tekstwoord|uit)\\s*:?\\s*$");
    private static final Pattern KIN_BEFORE_BRACKET = Pattern.compile("(\\p{L}+)\\s*\\(\\s*$");
    /** Between two references of a list: "en", a comma, a semicolon. */
    private static final Pattern JOIN = Pattern.compile("\\s*(?:,|;|en|\\)?\\s*(?:,|en)\\s*\\(?)\\s*");
    /** A text teaching or saying: "Jesaja 41 leert ons dat ...". */
    private static final Pattern TEACHES_AFTER = Pattern.compile("\\s+(?:leert|zegt|spreekt)\\s+(?:ons|dat)\\b");
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
    /** Review rb: "op"/"aan" (with an article) right before the book: a street ("bij oma op Psalm 12"). */
    private static final Pattern STREET_PREPOSITION = Pattern.compile("(?iu)(?<![\\p{L}])(?:op|aan)(?:\\s+(?:de|het))?\\s+$");
    /** A place after the number: "in Urk", "te Urk", ", Urk". */
    private static final Pattern PLACE_AFTER = Pattern.compile("\\s*(?:,|\\s(?:in|te))\\s+\\p{Lu}");

    private BibleReference() {
    }

    /** The references in {@code text}: {start of the book, end of the chapter or verse} each. */
    static List<int[]> find(String text, WordLists words) {
        if (text.length() < 6 || !hasDigit(text)) {
            return List.of();
        }
        List<Matcher> candidates = new ArrayList<>(0);
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            String lower = WordLists.lower(m.group(1));
            if (!BOOKS.contains(lower) && !NAMED_BOOKS.contains(lower) || Integer.parseInt(m.group(2)) > MAX_CHAPTER
                    || AGE_OR_TIME_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 8))).find()
                    || personWordBefore(text, m.start(), words) || residence(text, m.start(), m.end())) {
                continue;
            }
            candidates.add((Matcher) REFERENCE.matcher(text).region(m.start(), text.length()));
        }
        if (candidates.isEmpty() || !faithWord(text)) {
            return List.of();
        }
        int[][] spans = new int[candidates.size()][];
        boolean[] cited = new boolean[candidates.size()];
        boolean[] named = new boolean[candidates.size()];
        boolean[] verses = new boolean[candidates.size()];
        for (int c = 0; c < candidates.size(); c++) {
            Matcher r = candidates.get(c);
            r.lookingAt();
            spans[c] = new int[] {r.start(1), r.end()};
            String lower = WordLists.lower(r.group(1));
            // review rb: a book named after a person needs a citation mark; a book that is never a given name does not
            // fix helper (reviews rb/rc, 19:13-19:17): an age never has a verse; a named book in brackets or after a
            // citing word only with a verse ("(Jakobus 1:27)", "zie Jesaja 41:10"), never "Nakomertje (Nahum 2)",
            // "een tekst: Amos 13 komt", "Oma las Jozua 12 voor"
            boolean verse = r.group(3) != null;
            named[c] = !(BOOKS.contains(lower) && !words.isFirstName(r.group(1)));
            cited[c] = !named[c]
                    || verse && aloneInBrackets(text, spans[c]) && !kinBeforeBracket(text, spans[c][0], words)
                    || verse && CITING_BEFORE.matcher(before(text, spans[c][0])).find();
            verses[c] = verse;
        }
        // joined by "en", a comma or a semicolon to a citation ("zie Psalm 91 en Jesaja 41"), in both directions
        for (boolean changed = true; changed; ) {
            changed = false;
            for (int c = 0; c < candidates.size(); c++) {
                if (cited[c]) {
                    continue;
                }
                boolean joined = c > 0 && cited[c - 1] && JOIN.matcher(text.substring(spans[c - 1][1], spans[c][0])).matches()
                        || c + 1 < candidates.size() && cited[c + 1]
                        && JOIN.matcher(text.substring(spans[c][1], spans[c + 1][0])).matches();
                // fix helper (review rc): a named book without a verse joins only a run that closes its clause
                // ("zie Psalm 23 en Matteüs 18 (aangehaald ...)"), not "Psalm 23; Jozua 12 en Ezra 9 moesten ..."
                if (joined && named[c] && !verses[c] && !runClosesClause(text, spans, c)) {
                    joined = false;
                }
                if (joined) {
                    cited[c] = true;
                    changed = true;
                }
            }
        }
        boolean anyCited = false;
        for (boolean c : cited) {
            anyCited |= c;
        }
        List<int[]> found = new ArrayList<>(candidates.size());
        for (int c = 0; c < candidates.size(); c++) {
            // "Jesaja 41 leert ons dat ..." beside another citation of the text
            if (cited[c] || anyCited && TEACHES_AFTER.matcher(text.substring(spans[c][1])).lookingAt()) {
                found.add(spans[c]);
            }
        }
        return found;
    }

    /** A run-closing mark right after a span: the end, a full stop, a bracket, a semicolon, a colon, "!" or "?". */
    private static final Pattern CLAUSE_END = Pattern.compile("\\s*(?:$|[.;:!?()\\]\"”'’])");

    /**
     * Fix helper (review rc): the references joined to candidate {@code c} by "en" or a comma and following it end
     * their clause: no verb or other word ("Ezra 9 moesten daarbij stil zitten") after the last of them.
     */
    private static boolean runClosesClause(String text, int[][] spans, int c) {
        int last = c;
        while (last + 1 < spans.length && JOIN.matcher(text.substring(spans[last][1], spans[last + 1][0])).matches()) {
            last++;
        }
        return CLAUSE_END.matcher(text).region(spans[last][1], text.length()).lookingAt();
    }

    /** The reference alone in brackets: "(Jakobus 5:16)", "(Psalm 91)". */
    private static boolean aloneInBrackets(String text, int[] span) {
        int b = span[0] - 1;
        while (b >= 0 && Character.isWhitespace(text.charAt(b))) {
            b--;
        }
        int a = span[1];
        while (a < text.length() && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        return b >= 0 && text.charAt(b) == '(' && a < text.length() && text.charAt(a) == ')';
    }

    /** Review rb: a kin word or role right before the bracket: "Broertje (Nahum 2)" is the boy and his age. */
    private static boolean kinBeforeBracket(String text, int start, WordLists words) {
        Matcher w = KIN_BEFORE_BRACKET.matcher(text.substring(Math.max(0, start - 30), start));
        return w.find() && (words.isKinOrRole(WordLists.lower(w.group(1)))
                || Character.isUpperCase(w.group(1).charAt(0)) && words.isName(w.group(1)));
    }

    private static String before(String text, int start) {
        return text.substring(Math.max(0, start - 20), start);
    }

    /** Clears the flags of the books of the segment's references. */
    static void unflag(String text, List<Token> tokens, boolean[] flag, WordLists words) {
        List<int[]> refs = null;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised()
                    || !BOOKS.contains(t.lower()) && !NAMED_BOOKS.contains(t.lower())) {
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

    /** Whether the span lies inside one of the text's references ("Psalm 91" read as a street and number). */
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
                && !NAMED_BOOKS.contains(lower)
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
                || PLACE_AFTER.matcher(text).region(end, text.length()).lookingAt()
                || STREET_PREPOSITION.matcher(text.substring(Math.max(0, start - 8), start)).find();
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
