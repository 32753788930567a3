package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 11 rule (allow2): a capitalised word at the start of a sentence (or right after its opening article) that is an
 * ordinary Dutch compound is no name ("Zwangerschapsecho 25-09-2026 in ...", "De Zwangerschapsecho was op ...").
 * The word must be in no name list (given names, surnames, weak names, places that are also names) and split fully
 * into two or more words of the Dutch dictionary ({@link WordLists#isDutchWord}) of three letters or more each, with
 * an optional linking s, e or en between them; nothing may describe it as a person (a bracket, an apposition, a
 * family word, a title or family word before). Stateless.
 */
final class DictionaryCompoundAtStart {

    private static final Set<String> OPENING_ARTICLES = Set.of("de", "het", "een");
    private static final int MIN_PART = 3;
    private static final int MIN_LENGTH = 8;
    private static final int MAX_LENGTH = 40;
    private static final String[] LINKERS = {"", "s", "e", "en"};

    private DictionaryCompoundAtStart() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !atStart(tokens, i)) {
                continue;
            }
            String lower = t.lower();
            if (!lower.chars().allMatch(Character::isLetter)) {
                continue; // "Mustafa's": a possessive is a name's shape, never a compound
            }
            if (lower.length() < MIN_LENGTH || lower.length() > MAX_LENGTH || RelativeGuard.listedName(t, words)
                    || RelativeGuard.around(tokens, role, words, i)
                    || i + 1 < n && (tokens.get(i + 1).is('(') || tokens.get(i + 1).is(','))
                    || i + 1 < n && tokens.get(i + 1).is('-') && !tokens.get(i + 1).spaceBefore()
                    || !splits(lower, 0, 0, words)) {
                continue;
            }
            flag[i] = false;
        }
    }

    private static boolean atStart(List<Token> tokens, int i) {
        if (tokens.get(i).sentenceStart()) {
            return true;
        }
        return i > 0 && tokens.get(i - 1).sentenceStart() && tokens.get(i - 1).isWord()
                && OPENING_ARTICLES.contains(tokens.get(i - 1).lower());
    }

    /** {@code lower} from {@code from} is a sequence of dictionary words (and linkers); needs two parts or more. */
    static boolean splits(String lower, int from, int parts, WordLists words) {
        int n = lower.length();
        for (int end = n; end >= from + MIN_PART; end--) {
            if (!words.isDutchWord(lower.substring(from, end))) {
                continue;
            }
            if (end == n) {
                if (parts >= 1) {
                    return true;
                }
                continue;
            }
            for (String linker : LINKERS) {
                if (lower.startsWith(linker, end) && end + linker.length() < n
                        && splits(lower, end + linker.length(), parts + 1, words)) {
                    return true;
                }
            }
        }
        return false;
    }
}
