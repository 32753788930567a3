package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 18 (fix18-cards): an abbreviated field label at the start of a line of an extract or register ("Maatsch.
 * klasse: F14 huiselijke twist", "Bijz. omstandigheden: geen") is no name. The first word of the line is capitalised,
 * a period is joined to it, a lower-case word follows, a colon comes later on the same line, and the word is an
 * abbreviation of {@code label-abbreviations.txt}. A word that a given-name or surname list holds stays a name, and so
 * does any word of no list in the same slot ("Okonkwo. klasse: ..." is not cleared). Stateless.
 */
final class AbbreviatedLabelAtLineStart {

    private AbbreviatedLabelAtLineStart() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            if (flag[i] && label(tokens, i, words)) {
                flag[i] = false;
            }
        }
    }

    private static boolean label(List<Token> tokens, int i, WordLists words) {
        Token word = tokens.get(i);
        if (!word.isWord() || !word.capitalised() || i > 0 && !tokens.get(i - 1).is('\n')) {
            return false;
        }
        Token period = tokens.get(i + 1);
        Token next = tokens.get(i + 2);
        if (!period.is('.') || period.spaceBefore() || !next.isWord() || next.capitalised()) {
            return false;
        }
        String lower = word.lower();
        if (!Holder.ABBREVIATIONS.contains(lower) || words.isFirstName(word.text())
                || words.isFirstNameLower(lower) || words.isSurname(word.text())) {
            return false;
        }
        for (int k = i + 3; k < tokens.size() && !tokens.get(k).is('\n'); k++) {
            if (tokens.get(k).is(':')) {
                return true;
            }
        }
        return false;
    }

    private static final class Holder {
        private static final Set<String> ABBREVIATIONS = WordLists.lowerCaseSet("label-abbreviations.txt");
    }
}
