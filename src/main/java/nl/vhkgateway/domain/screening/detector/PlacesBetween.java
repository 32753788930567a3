package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 18 rule (r18-allow): "tussen X en Y" where X and Y are both places of a place list ("De kinderen wisselen
 * tussen Ballum en Buren", "pendelt tussen Lisse en Beek"): a child or a parent moving between two places. "tussen"
 * alone is no place preposition ("ruzie tussen Sanne en Daan"), so the rule asks for both sides: each word is a place
 * of the lists (the context list of places that are also a surname or word, or a village of the OpenTaal list) or a
 * place of the context-free list that the detector left unflagged; neither is a given name or a weak name ("tussen
 * Ballum en Sofia", "tussen Lisse en Jasper" stay names), and neither has person evidence around it
 * (a family word, role or title before either, an age or family word in brackets after either, a capital or a person's
 * verb after the second: "tussen oom Beek en Lisse", "tussen Beek (12) en Lisse", "tussen Beek en Lisse Bakker"; the
 * first's "en" is followed by the second place, so "en buren" is no "en zijn vriendin" there). A surname of no
 * place list on either side ("tussen Ballum en Jansen") keeps both flags: one person makes the pair a pair of persons.
 * Stateless.
 */
final class PlacesBetween {

    private PlacesBetween() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 1; i + 2 < n; i++) {
            if (!tokens.get(i - 1).isWord() || !tokens.get(i - 1).lower().equals("tussen")
                    || !tokens.get(i + 1).isWord() || !tokens.get(i + 1).text().equals("en")) {
                continue;
            }
            int j = i + 2;
            if (!flag[i] && !flag[j] || !place(tokens, flag, words, i) || !place(tokens, flag, words, j)
                    || RelativeGuard.around(tokens, role, words, i)
                    || PlacesBySurroundings.personAround(tokens, role, words, j)) {
                continue;
            }
            flag[i] = false;
            flag[j] = false;
        }
    }

    private static boolean place(List<Token> tokens, boolean[] flag, WordLists words, int i) {
        Token t = tokens.get(i);
        if (!t.isWord() || !t.capitalised() || t.allCaps() && t.text().length() > 1) {
            return false;
        }
        String lower = t.lower();
        if (words.isFirstName(t.text()) || words.isFirstNameLower(lower) || words.isWeakName(lower)) {
            return false;
        }
        boolean listed = words.isPlaceInContext(lower) || words.isVillage(lower);
        return listed || !flag[i] && words.isPlace(lower);
    }
}
