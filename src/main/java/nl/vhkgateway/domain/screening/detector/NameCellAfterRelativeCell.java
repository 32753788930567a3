package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;

/**
 * Round 11 rule: in a table row written with bars, the cell right after a relative's cell holds the relative's name
 * ("| grootvader vz | The | Doetinchem |", "| tante | Bos | Zwolle |"): a cell of one to three capitalised words of
 * which one is a listed name is a name, even when the word is also an ordinary or English word. A place, an
 * organisation or nationality, a kin word, and words that no name list holds stay ("| moeder | Nederlandse |", "| vader
 * | Onbekend |", "| oma | Doetinchem |"). Stateless.
 */
final class NameCellAfterRelativeCell {

    private static final int MAX_WORDS = 3;

    private NameCellAfterRelativeCell() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        List<Integer> bars = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is('|')) {
                bars.add(i);
            }
        }
        for (int b = 0; b + 2 < bars.size(); b++) {
            int relFrom = bars.get(b) + 1;
            int cellFrom = bars.get(b + 1) + 1;
            int cellTo = bars.get(b + 2);
            if (relFrom >= bars.get(b + 1) || !relativeCell(tokens, words, relFrom)) {
                continue;
            }
            if (nameCell(tokens, words, cellFrom, cellTo)) {
                for (int k = cellFrom; k < cellTo; k++) {
                    flag[k] = true;
                }
            }
        }
    }

    /** The cell opens with a kin or role word ("grootvader vz", "Tante", "stiefvader"). */
    private static boolean relativeCell(List<Token> tokens, WordLists words, int from) {
        Token t = tokens.get(from);
        return t.isWord() && words.isKinOrRole(t.lower());
    }

    private static boolean nameCell(List<Token> tokens, WordLists words, int from, int to) {
        if (to <= from || to - from > MAX_WORDS) {
            return false;
        }
        boolean listed = false;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || !t.capitalised() || t.allCaps() && t.text().length() > 1 && !words.isName(
                    NameClassifier.capitalise(t.lower()))) {
                return false;
            }
            String lower = WordLists.lower(t.text());
            if (words.isKinOrRole(lower) || words.isPlaceInContext(lower) || words.allowed().containsWord(lower)
                    || words.isTitle(lower)) {
                return false;
            }
            listed |= words.isName(t.text());
        }
        return listed;
    }
}
