package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 14 rule (r14-places): a place label in its own table cell makes the next cell of the row a place, as a
 * label with a colon does ({@link PlaceLabelValue}): "| Woonplaats | Bemmel |", "| Wijk | Malburgen-Oost |" in a row
 * that was pasted into the text as one line. The label cell holds nothing but the label word; the value cell holds
 * nothing but the run of capitalised words that {@link PlaceLabelValue} reads, and the value passes the same guards (no
 * listed given name, kin word or title, no surname or weak name that no place list holds, no bracket or family
 * apposition after it); and every word of the value is a place of the lists, a compass part or joined by a hyphen to
 * such a place (leak review: "| Plaats | Kiplagat |", "| Dorp | Tasdemir |" stay names); a word of a surname or
 * weak-name list only when the town list or the village list holds it, not the list of places that are names too
 * ("| Plaats | Aydin |", "| Woonplaats | Achterberg |" stay names). "| Naam | Bemmel |" and "|
 * vader | Bemmel |" stay names. Stateless.
 */
final class PlaceLabelCell {

    private PlaceLabelCell() {
    }

    /**
     * Every capitalised word of the value is a place of the lists (also one that is a name too, "Bemmel"), a compass
     * part, or joined by a hyphen to such a place (leak review: "| Plaats | Kiplagat |" is of no name list, yet no place).
     */
    private static boolean placesOnly(List<Token> tokens, WordLists words, int start, int end) {
        for (int k = start; k < end; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || !t.capitalised()) {
                continue;
            }
            String lower = t.lower();
            boolean afterPlace = k - 2 >= start && tokens.get(k - 1).is('-') && tokens.get(k - 2).isWord()
                    && words.isPlaceInContext(tokens.get(k - 2).lower());
            boolean listed = words.isSurname(t.text()) || words.isSurname(NameClassifier.capitalise(lower))
                    || words.isWeakName(lower);
            boolean place = listed ? words.isDomesticPlace(lower) || words.isVillage(lower)
                    : words.isPlaceInContext(lower) || words.isDomesticPlace(lower) || words.isVillage(lower);
            if (!(place || PlaceShapes.compass(lower) || afterPlace)) {
                return false; // leak review: "| Plaats | Aydin |", "| Wijk | Arkel |": places-also-names holds surnames
            }
        }
        return true;
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token label = tokens.get(i);
            if (!label.isWord() || !PlaceLabelValue.LABELS.contains(label.lower()) || !tokens.get(i + 1).is('|')
                    || !(i == 0 || tokens.get(i - 1).is('|'))) {
                continue;
            }
            int start = i + 2;
            int end = PlaceLabelValue.valueEnd(tokens, start);
            if (end <= start || end < n && !tokens.get(end).is('|')
                    || !PlaceLabelValue.acceptable(tokens, role, words, start, end) || !placesOnly(tokens, words, start, end)) {
                continue;
            }
            for (int k = start; k < end; k++) {
                flag[k] = false;
            }
        }
    }
}
