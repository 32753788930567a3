package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 18 rule (r18-allow): "tussen X en Y" where X and Y are both places of a place list ("De kinderen wisselen
 * tussen Ballum en Buren", "pendelt tussen Lisse en Beek"): a child or a parent moving between two places. "tussen"
 * alone is no place preposition ("ruzie tussen Sanne en Daan"), so the rule asks for both sides: each word is a place
 * of the lists that the detector left unflagged, or a flagged word that a place list holds (the context list, or a
 * village of the OpenTaal list) and no name list holds: no given name, surname or weak name, kin word or title
 * ("tussen Ballum en Daan", "ruzie tussen Diever en Vledder": two surnames that are villages too, stay names), and neither has person evidence around it
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
        if (!flag[i]) {
            return words.isPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower);
        }
        return (words.isPlaceInContext(lower) || words.isVillage(lower)) && !words.isListedPersonWord(t.text());
    }
}
