package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;

/**
 * Round 21 (t21-cards): the speaker label of a telephone note, a conversation report or minutes that names a role cut
 * short ("13:02 Inbr.: uitleg over de bespreking", "[13:05] Hulpverl.: ...", "- Gedragsd. (telefonisch): ...",
 * "Pleegm.: ...") is the role, not a name. The word is capitalised (not in capitals) and stands at the start of a line,
 * optionally after a time stamp ("13:02", "[13:02]", "13:02 -") or a bullet; a period joined to it (the writer's mark
 * of a cut word: "Inbr:" without it stays, as a name of no list would), then optionally a bracket, then a colon. It is the beginning (four letters or more, shorter than the word) of a kin or
 * role word of {@code kin-roles.txt}, {@code job-nouns.txt} or {@code speaker-roles.txt}, and it ends in a consonant,
 * as Dutch cuts do. A word that a given-name, surname or weak-name list holds or that begins one of their names, a kin
 * word or title itself, or a place stays as it is ("13:02 Bert.:", "Pol.:": "Pol" is a given name, even as a cut
 * "politie"; review revallow: "Serg." begins Sergio, "Schoond." Schoonderwoerd, "Thera." ends in a vowel). Stateless.
 */
final class AbbreviatedRoleSpeaker {

    private static final int SHORTEST = 4;

    private AbbreviatedRoleSpeaker() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            if (flag[i] && label(tokens, i, words)) {
                flag[i] = false;
            }
        }
    }

    private static boolean label(List<Token> tokens, int i, WordLists words) {
        Token word = tokens.get(i);
        if (!word.isWord() || !word.capitalised() || word.allCaps() || !atLineStart(tokens, i)
                || !colonAfter(tokens, i)) {
            return false;
        }
        String lower = word.lower();
        if (lower.length() < SHORTEST || !letters(lower) || words.isListedPersonWord(word.text())
                || words.isPlace(lower)) {
            return false;
        }
        return consonantEnd(lower) && Holder.ROLES.startsWith(lower) && !NameHolder.NAMES.startsWith(lower);
    }

    /**
     * A Dutch cut ends before a vowel ("Inbr.", "Hulpverl.", "Pleegm.", "Coörd."); a given name cut short or written in
     * full mostly ends in one ("Thera.", "Domi.", "Regi."): review revallow P-112.
     */
    private static boolean consonantEnd(String lower) {
        return "aeiouyëïöüéèáóú".indexOf(lower.charAt(lower.length() - 1)) < 0;
    }

    /** A period joined to the word, then optionally one bracket pair on the line, then a colon. */
    private static boolean colonAfter(List<Token> tokens, int i) {
        int n = tokens.size();
        int k = i + 1;
        if (k >= n || !tokens.get(k).is('.') || tokens.get(k).spaceBefore()) {
            return false;
        }
        k++;
        if (k < n && tokens.get(k).is('(')) {
            int close = k + 1;
            while (close < n && close <= k + 6 && !tokens.get(close).is(')') && !tokens.get(close).is('\n')) {
                close++;
            }
            if (close >= n || !tokens.get(close).is(')')) {
                return false;
            }
            k = close + 1;
        }
        return k < n && tokens.get(k).is(':');
    }

    /** The line's start, a time stamp ("13:02", "[13:02]", "13:02 -") or a bullet before the word, and nothing else. */
    private static boolean atLineStart(List<Token> tokens, int i) {
        int k = i - 1;
        if (k >= 0 && bullet(tokens.get(k))) {
            k--;
        }
        if (k >= 0 && (tokens.get(k).is(']') || tokens.get(k).is(')'))) {
            k--;
        }
        if (k >= 2 && tokens.get(k).isNumber() && tokens.get(k).text().length() == 2 && tokens.get(k - 1).is(':')
                && tokens.get(k - 2).isNumber() && tokens.get(k - 2).text().length() <= 2) {
            k -= 3;
            if (k >= 0 && (tokens.get(k).is('[') || tokens.get(k).is('('))) {
                k--;
            }
        }
        if (k >= 0 && bullet(tokens.get(k))) {
            k--;
        }
        return k < 0 || tokens.get(k).is('\n');
    }

    private static boolean bullet(Token t) {
        return t.is('-') || t.is('*') || t.is('•') || t.is('·') || t.is('–') || t.is('—') || t.is('>');
    }

    private static boolean letters(String lower) {
        for (int c = 0; c < lower.length(); c++) {
            if (!Character.isLetter(lower.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    /** The role words sorted, so that the words a cut begins are found by one binary search. */
    private static final class Holder {
        private static final Prefixes ROLES = new Prefixes(roles());

        private static List<String> roles() {
            List<String> all = new ArrayList<>();
            for (String list : List.of("kin-roles.txt", "job-nouns.txt", "speaker-roles.txt")) {
                all.addAll(WordLists.lowerCaseSet(list));
            }
            return all;
        }
    }

    /**
     * Round 21 review (revallow P-117, P-118): the given names, surnames and weak names of the lists in lower case, so
     * that a cut that begins a listed name ("Serg." for Sergio, "Schoond." for Schoonderwoerd, "Khal." for Khalid)
     * stays a name. Loaded on the first label that passes every other test (once per JVM).
     */
    private static final class NameHolder {
        private static final Prefixes NAMES = names();

        private static Prefixes names() {
            List<String> all = new ArrayList<>();
            WordLists.read("first-names.txt.gz", w -> all.add(WordLists.lower(w)));
            WordLists.read("surnames.txt.gz", w -> all.add(WordLists.lower(w)));
            WordLists.read("extra-names.txt.gz", w -> all.add(WordLists.lower(w)));
            return new Prefixes(all);
        }
    }

    /** Words that a cut may begin: a cut of {@link #SHORTEST} letters or more, shorter than the word. */
    private static final class Prefixes {
        private final String[] sorted;

        Prefixes(List<String> words) {
            sorted = words.stream().filter(w -> w.indexOf(' ') < 0).distinct().sorted().toArray(String[]::new);
        }

        boolean startsWith(String cut) {
            int at = java.util.Arrays.binarySearch(sorted, cut);
            int from = at >= 0 ? at : -at - 1;
            for (int k = from; k < sorted.length && sorted[k].startsWith(cut); k++) {
                if (sorted[k].length() > cut.length()) {
                    return true;
                }
            }
            return false;
        }
    }
}
