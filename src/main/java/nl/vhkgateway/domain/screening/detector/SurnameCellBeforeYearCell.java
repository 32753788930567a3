package nl.vhkgateway.domain.screening.detector;

import java.util.ArrayList;
import java.util.List;

/**
 * Round 23 (t23-items): a table row without a header of a relative's cell, a cell of one capitalised word and a
 * birth-year cell ("| moeder | Bakker | 1988 |", "| oma | Hulst | 1950 |", also without the outer bars): the middle
 * cell is the relative's surname when a surname list holds the word, even where it is also an ordinary word, a job
 * noun or a village ({@link NameCellAfterRelativeCell} leaves those, "| vader | Visser |", "| oma | Doetinchem |",
 * as a row may give the residence or a trade). The year after it makes the row a person's (relative, name, birth
 * year), as the family composition writes it. A town of the main place list that is no listed surname stays
 * ("| oma | Doetinchem | 1950 |": where she lives), and so do kin, role and title words, organisations and words in
 * capitals. Stateless.
 */
final class SurnameCellBeforeYearCell {

    private SurnameCellBeforeYearCell() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        List<Integer> bars = new ArrayList<>();
        bars.add(-1); // the segment's start opens the first cell
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).is('|')) {
                bars.add(i);
            }
        }
        for (int b = 0; b + 2 < bars.size(); b++) {
            int relFrom = bars.get(b) + 1;
            int cell = bars.get(b + 1) + 1;
            int yearFrom = bars.get(b + 2) + 1;
            if (relFrom + 1 != bars.get(b + 1) || cell + 1 != bars.get(b + 2) || yearFrom >= tokens.size()) {
                continue; // one word in the relative's cell and in the name's cell
            }
            int yearTo = b + 3 < bars.size() ? bars.get(b + 3) : tokens.size();
            Token rel = tokens.get(relFrom);
            Token name = tokens.get(cell);
            if (!rel.isWord() || !words.isKinOrRole(rel.lower())
                    || BirthDateDetector.PROFESSIONAL_ROLES.contains(rel.lower()) || flag[cell]
                    || !yearCell(tokens, yearFrom, yearTo) || !surname(name, words)) {
                continue;
            }
            flag[cell] = true;
        }
    }

    private static boolean surname(Token t, WordLists words) {
        String lower = t.lower();
        if (!t.isWord() || !t.capitalised() || t.allCaps() || t.text().length() < 3 || words.isKinOrRole(lower)
                || words.isTitle(lower) || NameClassifier.isFunctionWord(lower) || !words.isSurname(t.text())) {
            return false;
        }
        return words.allowed().match(List.of(t), 0).kind() != PhraseIndex.Kind.ORGANISATION;
    }

    /** A cell of a year from 1900 to 2099 alone, or in brackets ("1988", "(1988)"). */
    private static boolean yearCell(List<Token> tokens, int from, int to) {
        int k = from;
        if (k < to && tokens.get(k).is('(')) {
            k++;
        }
        if (k >= to) {
            return false;
        }
        String year = tokens.get(k).text();
        if (!year.matches("(?:19|20)\\d{2}")) {
            return false;
        }
        k++;
        if (k < to && tokens.get(k).is(')')) {
            k++;
        }
        return k == to;
    }
}
