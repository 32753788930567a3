package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 23 (t23-cards, after review rb): the clause after a word says who that word is, as one says it of a person:
 * a copula, a determiner and a kin word or role ("Aja is de vriendin van oom", "Dede is mijn broer", "Nana is het
 * buurmeisje", "De Heer is de buurman"; not "Nani is een veilige plek"), or "bij mij/ons in" ("Aja zit bij mij in
 * de klas"). A kin word or God is not introduced
 * that way in these quotes ("Baba is bang", "De Heer zorgt voor ons"), so the rules that clear such a word keep the flag
 * when the clause holds one of these. Read to the end of the sentence or the quote. Stateless.
 */
final class PersonPredicate {

    private static final Set<String> COPULAS = WordSets.of("is", "was", "wordt", "werd", "blijkt", "bleek", "heet",
            "heette");
    private static final Set<String> DETERMINERS = WordSets.of("de", "het", "een", "mijn", "m'n", "haar", "zijn",
            "z'n", "onze", "ons", "hun", "jouw", "je", "uw", "die", "dat");
    private static final Set<String> FIRST_PERSON = WordSets.of("mij", "me", "ons");

    private PersonPredicate() {
    }

    /**
     * A kin word or role (vriendin, buurman, broer, oppas ...) as the predicate's noun, after at most two adjectives
     * ("de nieuwe vriend van mama"); "is een veilige plek", "is de baas" of no list say nothing of a person.
     */
    private static boolean personNounAfter(List<Token> tokens, int from, WordLists words) {
        for (int k = from; k < tokens.size() && k < from + 3; k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                return false;
            }
            if (words.isKinOrRole(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** The clause after token {@code i} (to the sentence's or quote's end) names what the word is, as of a person. */
    static boolean after(List<Token> tokens, int i, WordLists words) {
        int n = tokens.size();
        for (int k = i + 1; k < n && !tokens.get(k).sentenceStart(); k++) {
            Token t = tokens.get(k);
            if (t.is('"') || t.is('”') || t.is('»')) {
                return false;
            }
            if (!t.isWord() || k + 1 >= n) {
                continue;
            }
            Token next = tokens.get(k + 1);
            if (COPULAS.contains(t.lower()) && next.isWord() && DETERMINERS.contains(next.lower())
                    && personNounAfter(tokens, k + 2, words)) {
                return true;
            }
            if (t.lower().equals("bij") && next.isWord() && FIRST_PERSON.contains(next.lower()) && k + 2 < n
                    && tokens.get(k + 2).isWord() && tokens.get(k + 2).lower().equals("in")) {
                return true;
            }
        }
        return false;
    }
}
