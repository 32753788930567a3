package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 12 rule (fix30): a capitalised dictionary noun as one item of a comma list of lower-case items ("alcoholgebruik
 * vader, Schulden, verblijfsstatus onzeker"): the writer capitalised an item of a risk list, not a name. Cleared when
 * the word is a Dutch dictionary word that no given-name, surname or weak-name list holds (and no name that is also a
 * word, "Bakker"), it stands between two commas, and the items on both sides are lower-case words of no given-name or
 * weak-name list (the word before the first comma and the word after the second). Never with person evidence around it. "moeder, Bakker, verslaafd",
 * "vader, Sanne, oma" stay names.
 *
 * <p>Round 26 (t26-held): an apposition is no list item: a determiner and a family or social word before the first comma
 * ("de buurvrouw, Netje, heeft ...", "haar oom, Kraai, ...") or a person's verb right after the second ("..., Netje,
 * belde") keep the name. A risk list keeps its bare kin word ("alcoholgebruik vader, Schulden, verblijfsstatus").
 * Stateless.
 */
final class NounInLowerCaseList {

    private NounInLowerCaseList() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 2; i + 2 < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !words.isDutchWord(t.lower())
                    || words.isException(t.text()) || RelativeGuard.listedName(t, words)
                    || PlacesBySurroundings.personListed(t, words)
                    || !tokens.get(i - 1).is(',') || !tokens.get(i + 1).is(',')
                    || !lowerCaseWord(tokens.get(i - 2), words) || !lowerCaseWord(tokens.get(i + 2), words)
                    || PlacesBySurroundings.personAround(tokens, role, words, i)
                    || apposition(tokens, words, i)) {
                continue;
            }
            flag[i] = false;
        }
    }

    private static final java.util.Set<String> DETERMINERS = WordSets.of("de", "het", "een", "zijn", "haar", "hun",
            "mijn", "onze", "ons", "z'n", "d'r", "die", "deze");

    /** "de buurvrouw, X," or "X, heeft": the word is the person the clause names, not an item of a list. */
    private static boolean apposition(List<Token> tokens, WordLists words, int i) {
        Token after = tokens.get(i + 2);
        if (after.isWord() && PersonNameDetector.isPersonVerb(after.lower())) {
            return true;
        }
        Token kin = tokens.get(i - 2);
        return i >= 3 && words.isKinOrRole(kin.lower()) && tokens.get(i - 3).isWord()
                && DETERMINERS.contains(tokens.get(i - 3).lower());
    }

    private static boolean lowerCaseWord(Token t, WordLists words) {
        return t.isWord() && !t.capitalised() && !t.allCaps() && !words.isFirstNameLower(t.lower())
                && !words.isWeakName(t.lower());
    }
}
