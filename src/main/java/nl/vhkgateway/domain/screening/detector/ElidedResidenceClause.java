package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 20 rule (t20-allow): "oma woont in Diever, de tante in Vledder", "Tante woont in Brouwershaven, een neef in
 * Kortgene": after a verb of living and "in"/"te", the word before the comma is where someone lives, and what follows
 * the comma is a second clause with the verb left out (a person noun and again "in"/"te" and a capitalised place), not
 * an apposition that names the word a person ("Koster, de trainer van D."). Only a single capitalised word right after
 * "in"/"te"/"uit" (no "bij"/"naar": a person's home) after a verb of living or of coming from ("De vader komt uit
 * Asmara, de moeder uit Mendefera"), that a place list holds (also as a surname too), that is no listed given name
 * unless a context-free place list holds it ("Asmara"), with the person noun of the second clause followed by "in"/"te"/"uit" and a capitalised word. Stateless.
 */
final class ElidedResidenceClause {

    private static final Set<String> LIVING = WordSets.of("woont", "wonen", "woonde", "woonden", "verblijft",
            "verblijven", "verbleef", "verbleven", "logeert", "logeerde", "woonachtig",
            // origin: "De vader komt uit Asmara, de moeder uit Mendefera"
            "komt", "kwam", "komen", "kwamen", "afkomstig");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "te", "uit");
    private static final Set<String> SECOND_PREPOSITIONS = Set.of("in", "te", "uit");
    private static final Set<String> DETERMINERS = Set.of("de", "het", "een", "haar", "zijn", "hun", "mijn");

    private ElidedResidenceClause() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 2; i + 4 < n; i++) {
            if (!flag[i] || !livingBefore(tokens, i) || !tokens.get(i + 1).is(',')) {
                continue;
            }
            Token place = tokens.get(i);
            String lower = WordLists.lower(place.text());
            if (!place.isWord() || !place.capitalised() || place.allCaps()
                    || words.isFirstName(place.text()) && !words.isPlace(lower)
                    || !(words.isPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower)
                    || VillageSurnames.contains(lower) || words.isAbroad(lower))) {
                continue;
            }
            int k = i + 2;
            if (tokens.get(k).isWord() && DETERMINERS.contains(tokens.get(k).lower())) {
                k++;
            }
            if (k + 2 < n && tokens.get(k).isWord() && !tokens.get(k).capitalised()
                    && words.isKinOrRole(tokens.get(k).lower()) && tokens.get(k + 1).isWord()
                    && SECOND_PREPOSITIONS.contains(tokens.get(k + 1).lower())
                    && tokens.get(k + 2).isWord() && tokens.get(k + 2).capitalised()) {
                flag[i] = false;
            }
        }
    }

    /** "woont in X": a lower-case verb of living, then "in"/"te", then the word. */
    private static boolean livingBefore(List<Token> tokens, int i) {
        Token preposition = tokens.get(i - 1);
        Token verb = tokens.get(i - 2);
        return preposition.isWord() && !preposition.capitalised()
                && PLACE_PREPOSITIONS.contains(preposition.lower()) && verb.isWord() && !verb.capitalised()
                && LIVING.contains(verb.lower());
    }
}
