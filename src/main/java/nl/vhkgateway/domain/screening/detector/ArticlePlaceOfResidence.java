package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 21 rule (t21-allow): a neighbourhood or polder named with an article where someone lives ("Moeder woont nu in
 * De Mare", "Oma woont in de Purmer", "VADER WOONT IN DE HUET", "Het gezin is
 * verhuisd naar de Kersenboogerd"). {@link ArticleNeighbourhood} reads a capitalised article after a dwelling noun and
 * "in"; here the slot is wider: a verb of living ("woont", "wonen", "woonachtig", "opgegroeid", "verblijft" ...) or a
 * dwelling noun, at most two adverbs ("nu", "sinds kort", "al jaren"), then "in", or a verb of moving house
 * ("verhuisd", "verhuizing") and "naar"; then the article in either case ("De", "de", "Het", "'t", "Den") and one or
 * two capitalised words. A person is lived in by no one, so a given name among the words counts too ("De Mare").
 * <ul>
 * <li>The name ends there: the end, a punctuation mark other than an opening bracket, or (after "in" only) a
 * lower-case word that is no possessive or relative pronoun ("in de Kersenboogerd is te klein"; not "in de Vries zijn
 * huis", "naar de Jong die").</li>
 * <li>Guards: no family apposition or age after the name ({@link RelativeGuard#familyAfter}: "verhuisd naar de Jong,
 * de nieuwe vriend van moeder"); "vertrouwen in De Wit", "de rol van De Wit" have no verb of living.</li>
 * </ul>
 * Stateless.
 */
final class ArticlePlaceOfResidence {

    private static final Set<String> ARTICLES = Set.of("de", "het", "'t", "’t", "den");
    private static final Set<String> LIVING = WordSets.of("woont", "wonen", "woonde", "woonden", "gewoond", "wonend",
            "woonachtig", "opgegroeid", "verblijft", "verblijven", "verbleef", "verbleven");
    private static final Set<String> MOVING = WordSets.of("verhuisd", "verhuist", "verhuizen", "verhuisde",
            "verhuisden", "verhuizing", "verhuiswens", "verhuizingen");
    private static final Set<String> ADVERBS = WordSets.of("nu", "sinds", "kort", "al", "jaren", "inmiddels",
            "tegenwoordig", "sindsdien", "nog", "momenteel", "weer", "toen", "eerst");
    private static final Set<String> NOT_AFTER = WordSets.of("zijn", "haar", "hun", "z'n", "die", "wie", "en", "of",
            "met", "bij", "van");
    private static final int MAX_WORDS = 2;

    private ArticlePlaceOfResidence() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int p = 1; p + 2 < n; p++) {
            Token prep = tokens.get(p);
            if (!prep.isWord() || !(prep.lower().equals("in") || prep.lower().equals("naar"))
                    || !tokens.get(p + 1).isWord() || !ARTICLES.contains(tokens.get(p + 1).lower())) {
                continue;
            }
            boolean in = prep.lower().equals("in");
            if (!triggerBefore(tokens, p, in ? LIVING : MOVING)) {
                continue;
            }
            int first = p + 2;
            int last = first - 1;
            boolean anyFlag = false;
            while (last + 1 < n && last + 1 - first < MAX_WORDS && capital(tokens.get(last + 1))) {
                last++;
                anyFlag |= flag[last];
            }
            if (last < first || !anyFlag || !endsName(tokens, last, in)
                    || RelativeGuard.familyAfter(tokens, words, last)
                    || surnameAfterLowerCaseArticle(tokens, p + 1, first, last, words)) {
                continue;
            }
            for (int k = first; k <= last; k++) {
                flag[k] = false;
            }
        }
    }

    /**
     * Merge of round 21 (t21-cards2's look-alike "Opa woont in de Jansen."): after the article in lower case, a single
     * word that is a listed surname and no given name or word of any place list is read as the surname it is; the
     * neighbourhood slot keeps the names written with a capital article ("in De Mare") or of a place list.
     */
    private static boolean surnameAfterLowerCaseArticle(List<Token> tokens, int article, int first, int last,
            WordLists words) {
        if (first != last || tokens.get(article).capitalised() || tokens.get(first).allCaps()) {
            return false;
        }
        String word = tokens.get(first).text();
        String lower = tokens.get(first).lower();
        return words.isSurname(word) && !words.isFirstName(word) && !words.isPlace(lower)
                && !words.isVillage(lower) && !words.isPlaceInContext(lower);
    }

    /** A trigger word right before the preposition, or before it with at most two adverbs between. */
    private static boolean triggerBefore(List<Token> tokens, int p, Set<String> triggers) {
        for (int k = p - 1; k >= 0 && k >= p - 3; k--) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                return false;
            }
            if (triggers.contains(t.lower())) {
                return true;
            }
            if (!ADVERBS.contains(t.lower())) {
                return false;
            }
        }
        return false;
    }

    private static boolean endsName(List<Token> tokens, int last, boolean in) {
        if (last + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(last + 1);
        if (!next.isWord()) {
            return !next.is('(') && !next.isNumber();
        }
        return in && !next.capitalised() && !NOT_AFTER.contains(next.lower());
    }

    private static boolean capital(Token t) {
        return t.isWord() && (t.capitalised() || t.allCaps()) && t.text().length() > 1;
    }
}
