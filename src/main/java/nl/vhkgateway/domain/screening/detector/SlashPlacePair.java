package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 14 (r14-allow2): two places joined by a slash ("co-ouderschap Lisse/Hillegom", "woont afwisselend
 * Haarlem/Beek"). When one side is a listed place that is no listed name, the other side is a place too if it stands
 * on a place list, also the list of places that are also names or words ({@code places-also-names.txt}). A word of
 * no place list stays a name ("Lisse/Jansen"): only the lists decide, the slash alone is no evidence. Stateless.
 */
final class SlashPlacePair {

    private SlashPlacePair() {
    }

    /** Whether token {@code i} is a listed place joined by a slash to a listed place that is no name. */
    static boolean placeBesidePlace(List<Token> tokens, int i, WordLists words) {
        Token t = tokens.get(i);
        if (!t.isWord() || !t.capitalised() || !words.isPlaceInContext(t.lower())) {
            return false;
        }
        return anchor(tokens, i - 2, i - 1, words) || anchor(tokens, i + 2, i + 1, words);
    }

    private static boolean anchor(List<Token> tokens, int other, int slash, WordLists words) {
        if (other < 0 || other >= tokens.size() || !tokens.get(slash).is('/')) {
            return false;
        }
        Token o = tokens.get(other);
        return o.isWord() && o.capitalised() && words.isPlace(o.lower()) && !words.isName(o.text());
    }
}
