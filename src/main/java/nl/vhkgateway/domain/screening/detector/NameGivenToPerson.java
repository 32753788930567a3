package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 21 (t21-names): the name by which a person is called, read even where a place word before it covers it ("in
 * het dorp"): a listed given name, maybe with particles and a capitalised surname, that is
 * <ul>
 * <li>the complement of a passive naming verb whose subject is a person: "Vader wordt in het dorp Wim de Smid
 * genoemd", "hij werd op school Kleine Kees genoemd" (the given name may follow one capitalised word);</li>
 * <li>after "noemen/noemt/noemde(n) ... hem/haar": "In de straat noemen ze hem Wim de Smid".</li>
 * </ul>
 * A thing named ("Het dorp wordt ook wel Klein Jeruzalem genoemd") has no person as subject and stays; so does a
 * place ("wordt Den Bosch genoemd") and a word that is no listed given name. Stateless.
 */
final class NameGivenToPerson {

    private static final Set<String> PASSIVE = Set.of("wordt", "werd", "worden", "werden");
    private static final Set<String> PARTICIPLES = Set.of("genoemd", "genaamd");
    private static final Set<String> ACTIVE = Set.of("noemen", "noemt", "noemde", "noemden", "noem");
    private static final Set<String> PRONOUN_SUBJECTS = Set.of("hij", "zij", "ze", "hem", "haar", "men");
    private static final Set<String> OBJECTS = Set.of("hem", "haar");
    private static final int MAX_NAME = 4;
    private static final int REACH = 8;

    private NameGivenToPerson() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            int end = nameEnd(tokens, i, words);
            if (end < 0) {
                continue;
            }
            boolean passive = end < n && tokens.get(end).isWord() && PARTICIPLES.contains(tokens.get(end).lower())
                    && personPassiveBefore(tokens, i, words);
            boolean active = i >= 1 && tokens.get(i - 1).isWord() && OBJECTS.contains(tokens.get(i - 1).lower())
                    && activeBefore(tokens, i - 1);
            if (passive || active) {
                for (int k = i; k < end; k++) {
                    flag[k] = true;
                }
            }
        }
    }

    /** The end (exclusive) of "Wim", "Wim de Smid", "Kleine Kees" from {@code i}, or -1. */
    private static int nameEnd(List<Token> tokens, int i, WordLists words) {
        int n = tokens.size();
        Token t = tokens.get(i);
        if (!t.isWord() || !t.capitalised() || t.allCaps() || t.sentenceStart()) {
            return -1;
        }
        int given = i;
        if (!givenName(t, words)) {
            // "Kleine Kees": one capitalised word before the given name
            if (i + 1 >= n || !givenName(tokens.get(i + 1), words) || !tokens.get(i + 1).capitalised()) {
                return -1;
            }
            given = i + 1;
        }
        int k = given + 1;
        int particles = k;
        while (k < n && k < i + MAX_NAME && tokens.get(k).isWord() && words.isTussenvoegsel(tokens.get(k).lower())) {
            k++;
        }
        if (k > particles) {
            if (k >= n || !tokens.get(k).isWord() || !tokens.get(k).capitalised()) {
                return -1;
            }
            return k + 1;
        }
        if (k < n && tokens.get(k).isWord() && tokens.get(k).capitalised() && !tokens.get(k).allCaps()) {
            return k + 1; // "Wim Smid"
        }
        return k;
    }

    private static boolean givenName(Token t, WordLists words) {
        String lower = t.lower();
        return t.isWord() && words.isFirstName(t.text()) && !words.isPlace(lower) && !words.isKinOrRole(lower)
                && !words.isTitle(lower) && !words.allowed().containsWord(lower);
    }

    /** "Vader wordt (in het dorp) ...": a passive verb with a person (kin word, pronoun) as its subject before it. */
    private static boolean personPassiveBefore(List<Token> tokens, int i, WordLists words) {
        for (int k = i - 1; k >= 1 && k >= i - REACH; k--) {
            Token w = tokens.get(k);
            if (!w.isWord()) {
                return false;
            }
            if (PASSIVE.contains(w.lower())) {
                Token s = tokens.get(k - 1);
                return s.isWord() && (words.isKinOrRole(s.lower()) || PRONOUN_SUBJECTS.contains(s.lower()));
            }
        }
        return false;
    }

    /** "noemen ze hem", "noemt iedereen haar", "die hem ... noemen": a form of "noemen" within a few words before. */
    private static boolean activeBefore(List<Token> tokens, int object) {
        for (int k = object - 1; k >= 0 && k >= object - 3; k--) {
            Token w = tokens.get(k);
            if (!w.isWord()) {
                return false;
            }
            if (ACTIVE.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }
}
