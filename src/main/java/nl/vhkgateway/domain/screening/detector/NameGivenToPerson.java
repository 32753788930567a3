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
 * place ("wordt Den Bosch genoemd") and a word that is no listed given name. Round 25: the participle clause between
 * commas after a kin word ("Vader, in de buurt Abu Yaman genoemd, ...") and a teknonym before a capitalised word
 * ("Abu Yaman", "Umm Kalthum") as the name. Stateless.
 */
final class NameGivenToPerson {

    private static final Set<String> PASSIVE = Set.of("wordt", "werd", "worden", "werden");
    private static final Set<String> PARTICIPLES = Set.of("genoemd", "genaamd");
    private static final Set<String> ACTIVE = Set.of("noemen", "noemt", "noemde", "noemden", "noem");
    private static final Set<String> PRONOUN_SUBJECTS = Set.of("hij", "zij", "ze", "hem", "haar", "men");
    private static final Set<String> OBJECTS = Set.of("hem", "haar");
    /** Round 25 (t25-items): the Arabic teknonyms, "father of" and "mother of", before the child's name. */
    private static final Set<String> TEKNONYMS = Set.of("abu", "abou", "umm", "oum");
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
                    && (personPassiveBefore(tokens, i, words) || personAppositionBefore(tokens, i, end, words));
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
        if (TEKNONYMS.contains(t.lower()) && i + 1 < n && tokens.get(i + 1).isWord() && tokens.get(i + 1).capitalised()
                && !tokens.get(i + 1).allCaps() && !words.isPlace(tokens.get(i + 1).lower())) {
            return i + 2; // round 25: "Abu Yaman": a parent called after the child
        }
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

    /**
     * Round 25 (t25-items): the participle clause set off by commas after a person: "Vader, in de buurt Abu Yaman
     * genoemd, ontvangt ...", "de oom, door iedereen Kees genoemd, belt": a kin or role word (or a flagged name) right
     * before the opening comma, the participle closed by a comma or the sentence's end, and nothing but words between
     * the comma and the name. "Het dorp, ook wel Klein Jeruzalem genoemd, ..." has no person before the comma.
     */
    private static boolean personAppositionBefore(List<Token> tokens, int i, int end, WordLists words) {
        int n = tokens.size();
        // the participle closes the clause with a comma and the sentence's verb follows (review ra, Rra-141)
        if (end + 2 >= n || !tokens.get(end + 1).is(',') || !tokens.get(end + 2).isWord()
                || tokens.get(end + 2).capitalised()) {
            return false;
        }
        for (int k = i - 1; k >= 1 && k >= i - REACH; k--) {
            Token w = tokens.get(k);
            if (w.is(',')) {
                Token s = tokens.get(k - 1);
                return s.isWord() && words.isKinOrRole(s.lower()) && opensSubject(tokens, k - 1);
            }
            if (!w.isWord()) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> DETERMINERS = Set.of("de", "het", "haar", "zijn", "z'n", "hun", "mijn", "m'n",
            "onze");

    /**
     * The kin word is the subject itself: it opens the sentence, alone or after an article or possessive ("Vader,",
     * "De oom,", "Haar opa,"). "De moskee van vader, in de wijk Abu Bakr genoemd, ..." names the mosque (review ra,
     * Rra-141..163).
     */
    private static boolean opensSubject(List<Token> tokens, int kin) {
        if (kin == 0 || tokens.get(kin).sentenceStart()) {
            return true;
        }
        Token d = tokens.get(kin - 1);
        return d.isWord() && DETERMINERS.contains(d.lower()) && (kin - 1 == 0 || d.sentenceStart());
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
