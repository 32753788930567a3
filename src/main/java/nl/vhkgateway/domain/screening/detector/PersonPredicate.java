package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 23 (t23-cards, after review rb): the clause after a word says who that word is, as one says it of a person:
 * a copula, a determiner and a kin word or role ("Aja is de vriendin van oom", "Dede is mijn broer", "Nana is het
 * buurmeisje", "De Heer is de buurman"; not "Nani is een veilige plek"), or "bij mij/ons in" ("Aja zit bij mij in
 * de klas"); review rb (12:56): also an age after a copula ("is negen", "ze is 8"), "en ik/wij" right after the word
 * ("Aja en ik spelen samen") and a school word in the clause ("zit naast mij op school", "groep 5"). A kin word or God is not introduced
 * that way in these quotes ("Baba is bang", "De Heer zorgt voor ons"), so the rules that clear such a word keep the flag
 * when the clause holds one of these. Read to the end of the sentence or the quote. Stateless.
 */
final class PersonPredicate {

    private static final Set<String> COPULAS = WordSets.of("is", "was", "wordt", "werd", "blijkt", "bleek", "heet",
            "heette");
    private static final Set<String> DETERMINERS = WordSets.of("de", "het", "een", "mijn", "m'n", "haar", "zijn",
            "z'n", "onze", "ons", "hun", "jouw", "je", "uw", "die", "dat");
    private static final Set<String> FIRST_PERSON = WordSets.of("mij", "me", "ons");
    /** Review rb (12:56): an age as the predicate ("is negen", "is 8 jaar"): a child, not a grandparent or father. */
    private static final Set<String> NUMBER_WORDS = WordSets.of("twee", "drie", "vier", "vijf", "zes", "zeven",
            "acht", "negen", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien",
            "achttien", "negentien", "twintig");
    /** Review rb (12:56): school words in the clause ("zit naast mij op school", "groep 5"): a peer. */
    private static final Set<String> SCHOOL = WordSets.of("school", "klas", "groep", "schoolplein", "juf",
            "meester", "mentor", "klasgenoot", "klasgenoten");
    private static final Set<String> WE = WordSets.of("ik", "wij", "we");

    private PersonPredicate() {
    }

    /** A new sentence starts at {@code k} after a full stop, "!" or "?" (not after a semicolon: "...; ze is 9"). */
    private static boolean sentenceEnds(List<Token> tokens, int k) {
        if (!tokens.get(k).sentenceStart() || k == 0) {
            return false;
        }
        Token before = tokens.get(k - 1);
        return before.is('.') || before.is('!') || before.is('?');
    }

    /** Digits of an age up to 30 (a child or a peer; "Nani is 79" is the grandparent's age). */
    private static boolean childAge(Token t) {
        if (!t.isNumber() || t.text().length() > 2) {
            return false;
        }
        try {
            return Integer.parseInt(t.text()) <= 30;
        } catch (NumberFormatException e) {
            return false;
        }
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
        if (i + 2 < n && tokens.get(i + 1).isWord() && tokens.get(i + 1).lower().equals("en")
                && tokens.get(i + 2).isWord() && WE.contains(tokens.get(i + 2).lower())) {
            return true; // "Aja en ik spelen samen": a peer
        }
        for (int k = i + 1; k < n && !sentenceEnds(tokens, k); k++) {
            Token t = tokens.get(k);
            if (t.is('"') || t.is('”') || t.is('»')) {
                return false;
            }
            if (t.isWord() && SCHOOL.contains(t.lower())) {
                return true;
            }
            if (!t.isWord() || k + 1 >= n) {
                continue;
            }
            if (COPULAS.contains(t.lower()) && (childAge(tokens.get(k + 1))
                    || tokens.get(k + 1).isWord() && NUMBER_WORDS.contains(tokens.get(k + 1).lower()))) {
                return true; // "Dede is negen", "ze is acht en zit in groep 5"; not "Nani is 79"
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
