package nl.vhkgateway.domain.screening.detector;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Round 15 rule (r15-allow): a German sentence in a card ("Bei der Geburt war die Mutter 17", "Der Junge ist zwölf
 * und spricht besser Deutsch") capitalises its nouns, which then read as names. A stretch of text (a sentence, or a
 * quote, or a table cell) is German when at least two different German function words that are no Dutch words in
 * running text stand in it ("ist", "und", "bei", "hat", "sagt", "wir" ...) and they outnumber its frequent Dutch words.
 * In such a stretch a flagged capitalised word is a German noun, and no name, when
 * <ul>
 * <li>it is one of the German nouns of family, household, care and time or a language's name (data: "Mutter",
 * "Vater", "Junge" are German surnames too), or</li>
 * <li>it follows an indefinite, possessive or negating determiner or a contracted preposition ("eine", "seine",
 * "kein", "zum", "beim"), perhaps with one or two lower-case words between ("einen neuen Termin"), and no name
 * list holds it, or</li>
 * <li>it follows a definite article ("der", "die", "dem" ...), which spoken German also puts before a name ("die
 * Schmidt"), ends in a suffix of a derived noun ("Einheit", "Wohnung") and no name list holds it.</li>
 * </ul>
 * Never a listed given name ("mit Jonas", "ich bin Jörg, der Vater"; a noun of the list that is a given name too only
 * right after an article: "im Sommer"), never a word right after a form of address, a family word or a German noun
 * of the list ("Frau Schneider", "Herrn Yilmaz", "oma Trautje", "Onkel Kowalski"), and a listed surname only when
 * the noun list holds it ("die Mutter" is cleared, "mit der Yilmaz" stays). A German function word or article that
 * opens the sentence ("Seit der Trennung", "Das Mädchen") is cleared, and so is a flagged lower-case German function
 * word in such a stretch ("seit" after "die Familie"). The words are data ({@code german-sentences.txt}). Stateless.
 */
final class GermanSentenceNouns {

    private static final Map<String, Set<String>> DATA = load();
    private static final Set<String> FUNCTION = DATA.get("function");
    private static final Set<String> DEFINITE = DATA.get("definite");
    private static final Set<String> DETERMINER = DATA.get("determiner");
    private static final Set<String> SUFFIX = DATA.get("suffix");
    private static final Set<String> TITLE = DATA.get("title");
    private static final Set<String> NOUN = DATA.get("noun");
    /** Dutch words before "der" in a surname or a place ("van der Veen", "Alphen aan der"). */
    private static final Set<String> DUTCH_PARTICLES = Set.of("van", "ter", "aan", "op", "in", "uit", "onder", "de",
            "den", "von");
    /** Dutch determiners before "nicht" (a niece) and "war" ("in de war"). */
    private static final Set<String> DUTCH_DETERMINERS = Set.of("de", "een", "haar", "zijn", "mijn", "jouw", "onze",
            "hun", "z'n", "m'n", "d'r", "die", "deze", "dat", "het");
    private static final int EVIDENCE = 2;
    private static final int ADJECTIVES = 2;

    private GermanSentenceNouns() {
    }

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> data = new HashMap<>();
        WordLists.read("german-sentences.txt", line -> {
            String[] cells = line.split("\t", 2);
            Set<String> target = data.computeIfAbsent(cells[0].strip(), k -> new HashSet<>());
            for (String w : cells[1].strip().split("\\s+")) {
                target.add(WordLists.lower(w));
            }
        });
        Map<String, Set<String>> frozen = new HashMap<>();
        data.forEach((k, v) -> frozen.put(k, Set.copyOf(v)));
        for (String kind : List.of("function", "definite", "determiner", "suffix", "title", "noun")) {
            if (!frozen.containsKey(kind)) {
                throw new IllegalStateException("german-sentences.txt lacks the kind " + kind);
            }
        }
        return Map.copyOf(frozen);
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        int from = 0;
        for (int i = 0; i <= n; i++) {
            if (i == n || i > from && (tokens.get(i).sentenceStart() || border(tokens.get(i)))) {
                if (anyFlag(flag, from, i) && german(tokens, words, from, i)) {
                    clear(tokens, role, flag, words, from, i);
                }
                from = border(i < n ? tokens.get(i) : null) ? i + 1 : i;
            }
        }
    }

    private static boolean border(Token t) {
        return t != null && (t.is('"') || t.is('“') || t.is('”') || t.is('„') || t.is('|'));
    }

    private static boolean anyFlag(boolean[] flag, int from, int to) {
        for (int i = from; i < to; i++) {
            if (flag[i]) {
                return true;
            }
        }
        return false;
    }

    /** Two or more German function words, more than the frequent Dutch words of the stretch. */
    static boolean german(List<Token> tokens, WordLists words, int from, int to) {
        Set<String> german = new HashSet<>();
        int dutch = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || t.capitalised() && !firstWord(tokens, from, i)) {
                continue;
            }
            String lower = t.lower();
            if (FUNCTION.contains(lower)) {
                if (!dutchUse(tokens, from, i, lower)) {
                    german.add(lower);
                }
            } else if (!DEFINITE.contains(lower) && words.isCommonWord(lower)) {
                dutch++;
            }
        }
        return german.size() >= EVIDENCE && german.size() > dutch;
    }

    private static boolean firstWord(List<Token> tokens, int from, int i) {
        for (int k = from; k < i; k++) {
            if (tokens.get(k).isWord()) {
                return false;
            }
        }
        return true;
    }

    /** "van der Veen", "in de war", "de nicht van moeder": the Dutch word of the same spelling. */
    private static boolean dutchUse(List<Token> tokens, int from, int i, String lower) {
        if (!lower.equals("der") && !lower.equals("war") && !lower.equals("nicht")) {
            return false;
        }
        if (i - 1 < from || !tokens.get(i - 1).isWord()) {
            return false;
        }
        String before = tokens.get(i - 1).lower();
        return lower.equals("der") ? DUTCH_PARTICLES.contains(before) : DUTCH_DETERMINERS.contains(before);
    }

    private static void clear(List<Token> tokens, int[] role, boolean[] flag, WordLists words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!flag[i] || !tokens.get(i).isWord()) {
                continue;
            }
            Token t = tokens.get(i);
            String lower = t.lower();
            if (!t.capitalised()) {
                if (FUNCTION.contains(lower) || DEFINITE.contains(lower)) {
                    flag[i] = false; // "die Familie seit Jahren": a German word read after a family word
                }
                continue;
            }
            boolean givenName = words.isFirstName(t.text()) || words.isFirstNameLower(lower);
            if (t.allCaps() && t.text().length() > 1 && !NOUN.contains(lower)
                    || givenName && !(NOUN.contains(lower) && articleRightBefore(tokens, from, i))
                    || addressedBefore(tokens, role, from, i)) {
                continue;
            }
            if (firstWord(tokens, from, i) && (FUNCTION.contains(lower) || DEFINITE.contains(lower)
                    || DETERMINER.contains(lower))) {
                flag[i] = false; // "Seit der Trennung", "Das Mädchen": the first word of the sentence
                continue;
            }
            if (NOUN.contains(lower) || afterDeterminer(tokens, words, from, i, lower)) {
                flag[i] = false;
            }
        }
    }

    /** A form of address or a family word right before: "Frau Schneider", "oma Trautje". */
    private static boolean addressedBefore(List<Token> tokens, int[] role, int from, int i) {
        int k = i - 1;
        if (k >= from && tokens.get(k).is('.')) {
            k--; // "Dr. Weber"
        }
        if (k < from || !tokens.get(k).isWord()) {
            return false;
        }
        if (tokens.get(k).capitalised() && NOUN.contains(tokens.get(k).lower())) {
            return true; // "Onkel Brouwer", "der Vater Jonas": a name in apposition to a German noun
        }
        return TITLE.contains(tokens.get(k).lower()) && !FUNCTION.contains(tokens.get(k).lower())
                || (role[k] & (PersonNameDetector.TITLE | PersonNameDetector.KIN)) != 0
                && !NOUN.contains(tokens.get(k).lower()) && !DEFINITE.contains(tokens.get(k).lower())
                && !DETERMINER.contains(tokens.get(k).lower());
    }

    /** "im Sommer", "dem Winter": a German article or determiner right before, in lower case. */
    private static boolean articleRightBefore(List<Token> tokens, int from, int i) {
        if (i - 1 < from || !tokens.get(i - 1).isWord() || tokens.get(i - 1).capitalised()) {
            return false;
        }
        String before = tokens.get(i - 1).lower();
        return DEFINITE.contains(before) || DETERMINER.contains(before);
    }

    /** A determiner before the word, with at most two lower-case words between ("einen neuen Termin"). */
    private static boolean afterDeterminer(List<Token> tokens, WordLists words, int from, int i, String lower) {
        if (words.isName(tokens.get(i).text()) || words.isWeakName(lower) || words.isException(tokens.get(i).text())) {
            return false;
        }
        for (int k = i - 1, between = 0; k >= from && between <= ADJECTIVES; k--, between++) {
            Token b = tokens.get(k);
            if (!b.isWord()) {
                return false;
            }
            String word = b.lower();
            if (DETERMINER.contains(word)) {
                return true;
            }
            if (DEFINITE.contains(word)) {
                return nounSuffix(lower);
            }
            if (b.capitalised() && !firstWord(tokens, from, k) || FUNCTION.contains(word)) {
                return false;
            }
        }
        return false;
    }

    private static boolean nounSuffix(String lower) {
        for (String s : SUFFIX) {
            if (lower.length() > s.length() + 2 && lower.endsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
