package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 23 rule (t23-places): the two ends of a route in Frisian, "fan X nei Y" ("Fan Wjelsryp nei Tsjom mei de bus,
 * dat is te fier"): Frisian "fan" (from) and "nei" (to) are no Dutch words and no name particles, so a word of a place
 * list between them and after "nei" is a place, as "van X naar Y" is with a verb of moving ({@link FromToPlaces}). A
 * clearing rule: both X and Y are capitalised words of a place list (the context-free places, {@code
 * places-also-names.txt} with the Frisian official names, the villages, {@link VillageSurnames}); neither is a listed
 * given name, and no person evidence after Y ({@link PlacesBySurroundings#personAround}). "fan Jansen nei Tsjom" keeps
 * the flag of Jansen. Stateless.
 */
final class FrisianFromToPlaces {

    private FrisianFromToPlaces() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 1; i + 2 < n; i++) {
            if (!tokens.get(i - 1).isWord() || !tokens.get(i - 1).lower().equals("fan")
                    || !tokens.get(i + 1).isWord() || !tokens.get(i + 1).lower().equals("nei")
                    || !flag[i] && !flag[i + 2] || !place(tokens.get(i), words) || !place(tokens.get(i + 2), words)
                    || RelativeGuard.kinBefore(tokens, role, words, i - 1)
                    || PlacesBySurroundings.personAround(tokens, role, words, i + 2)) {
                continue;
            }
            flag[i] = false;
            flag[i + 2] = false;
        }
    }

    private static boolean place(Token t, WordLists words) {
        if (!t.isWord() || !t.capitalised() || t.allCaps()) {
            return false;
        }
        String lower = t.lower();
        if (words.isFirstName(t.text()) || words.isFirstNameLower(lower)) {
            return false;
        }
        return words.isPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower)
                || VillageSurnames.contains(lower);
    }
}
