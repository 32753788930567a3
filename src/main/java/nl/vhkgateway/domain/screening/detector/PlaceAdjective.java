package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 17 rule (r17-cards): the adjective of a listed place ("Scheveningse vissersfamilie", "Haagse familie",
 * "Leidse van geboorte", "Rotterdamse wijk"). Dutch forms the adjective of a place with "-se" on the place's name, its
 * "-en" dropped ("Leiden" - "Leidse", "Scheveningen" - "Scheveningse") or its article left out ("Den Haag" -
 * "Haagse"). A flagged capitalised word is such an adjective when
 * <ul>
 * <li>it ends in "se" and the stem before that, the stem with "en", or "den" and the stem is a place of the place
 * lists ({@link WordLists#isPlace}; not a place that is only a place after a place word);</li>
 * <li>a lower-case word follows it (an adjective stands before its noun or a phrase: "Haagse familie", "Leidse van
 * geboorte"), and the word is the adjective, not a name: no name list holds it;</li>
 * <li>no person evidence stands around it ({@link PlacesBySurroundings#personAround}: a family word, role or title
 * before, "mevrouw Scheveningse", a family apposition or an age after).</li>
 * </ul>
 * A surname in "-se" whose stem is no place ("Janse", "Klaasse") is never touched. Stateless.
 */
final class PlaceAdjective {

    private static final String ENDING = "se";
    private static final int MIN_STEM = 3;

    private PlaceAdjective() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            Token next = tokens.get(i + 1);
            if (flag[i] && t.isWord() && t.capitalised() && !t.allCaps() && placeAdjective(t.lower(), words)
                    && next.isWord() && !next.capitalised() && !PlacesBySurroundings.personListed(t, words)
                    && !PlacesBySurroundings.personAround(tokens, role, words, i)) {
                flag[i] = false;
            }
        }
    }

    static boolean placeAdjective(String lower, WordLists words) {
        if (!lower.endsWith(ENDING) || lower.length() < ENDING.length() + MIN_STEM) {
            return false;
        }
        String stem = lower.substring(0, lower.length() - ENDING.length());
        return words.isPlace(stem) || words.isPlace(stem + "en") || words.isPlace("den " + stem);
    }
}
