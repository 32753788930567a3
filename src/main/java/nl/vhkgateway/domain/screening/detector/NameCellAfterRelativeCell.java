package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Round 11 rule: in a table row written with bars, the cell right after a relative's cell holds the relative's name
 * ("| grootvader vz | The | Doetinchem |", "| tante | Bos | Zwolle |"): a cell of one to three capitalised words of
 * which one is a listed name is a name, even when the word is also an ordinary or English word. A place, an
 * organisation or nationality, a kin word, and words that no name list holds stay ("| moeder | Nederlandse |", "| vader
 * | Onbekend |", "| oma | Doetinchem |"), and so do a cell that an organisation or a proper phrase covers ("| moeder |
 * William Schrikker |", "| moeder | Jeroen Bosch |") and a cell of one job noun or ordinary word that is also a
 * surname ({@code cell-ordinary-words.txt}: "| vader | Visser |", "| oma | Angel |"), as the allowed "Koning" (p707).
 * Round 20: a listed given name and a listed surname is a name even when the surname is a language ("Riek Spaans").
 * Round 21: the name written surname first, a comma, the given name, also in capitals ({@link InvertedNameCell}).
 * Stateless.
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
        if (to <= from || to - from > InvertedNameCell.MAX_TOKENS) {
            return false;
        }
        if (to - from > MAX_WORDS) {
            return InvertedNameCell.matches(tokens, words, from, to);
        }
        if (covered(tokens, words, from, to)) {
            return false;
        }
        if (to - from == 2 && givenNameAndSurname(tokens.get(from), tokens.get(from + 1), words)) {
            return true; // round 20: "| oma mz | Riek Spaans |": a surname that is also a language or a word
        }
        if (InvertedNameCell.matches(tokens, words, from, to)) {
            return true; // round 21: "| stiefvader | DE BRUIN, ROB |": surname, comma, given name
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
                    || words.isTitle(lower) || to - from == 1 && Holder.ORDINARY_WORDS.contains(lower)) {
                return false;
            }
            listed |= words.isName(t.text());
        }
        return listed;
    }

    /**
     * Round 20 (t20-names): a listed given name and a listed surname ("Riek Spaans", "Jan Frans"): the relative's full
     * name, even where the surname is also a language, a nationality or a word of the allowed list.
     */
    private static boolean givenNameAndSurname(Token given, Token surname, WordLists words) {
        return given.isWord() && surname.isWord() && given.capitalised() && surname.capitalised()
                && !given.allCaps() && !surname.allCaps() && words.isFirstName(given.text())
                && words.isSurname(surname.text()) && !words.isKinOrRole(given.lower())
                && !words.isTitle(given.lower()) && !words.isPlace(given.lower()) && !words.isPlace(surname.lower())
                && !words.isKinOrRole(surname.lower())
                // two languages or nationalities ("| moeder | Frans Engels |") are what she speaks
                && !(words.allowed().containsWord(given.lower()) && words.allowed().containsWord(surname.lower()));
    }

    /** An organisation or a proper phrase spells the whole cell ("William Schrikker", "Jeroen Bosch"). */
    private static boolean covered(List<Token> tokens, WordLists words, int from, int to) {
        if (words.allowed().match(tokens, from).length() >= to - from) {
            return to - from > 1;
        }
        StringBuilder phrase = new StringBuilder();
        for (int m = from; m < to; m++) {
            phrase.append(m > from ? " " : "").append(tokens.get(m).lower());
        }
        return to - from > 1 && words.isProperPhrase(phrase.toString());
    }

    private static final class Holder {
        private static final Set<String> ORDINARY_WORDS = WordLists.lowerCaseSet("cell-ordinary-words.txt");
    }
}
