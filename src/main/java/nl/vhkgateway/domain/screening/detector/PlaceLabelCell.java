package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 14 rule (r14-places): a place label in its own table cell makes the next cell of the row a place, as a
 * label with a colon does ({@link PlaceLabelValue}): "| Woonplaats | Bemmel |", "| Wijk | Malburgen-Oost |" in a row
 * that was pasted into the text as one line. The label cell holds nothing but the label word; the value cell holds
 * nothing but the run of capitalised words that {@link PlaceLabelValue} reads, and the value passes the same guards (no
 * listed given name, kin word or title, no surname or weak name that no place list holds, no bracket or family
 * apposition after it). "| Naam | Bemmel |" and "| vader | Bemmel |" stay names. Stateless.
 */
final class PlaceLabelCell {

    private PlaceLabelCell() {
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
                    || !PlaceLabelValue.acceptable(tokens, role, words, start, end)) {
                continue;
            }
            for (int k = start; k < end; k++) {
                flag[k] = false;
            }
        }
    }
}
