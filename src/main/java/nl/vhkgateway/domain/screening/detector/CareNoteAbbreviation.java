package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 11 (fix26): "ouders gesch. sinds 2022", "moeder evt. mee", "oma vlgs. school": a lower-case word right after
 * a kin word, with a period joined to it and more lower-case text (or a number) after the period on the line, is a
 * care-note abbreviation, no given name in lower case, when it is an abbreviation of {@code care-note-abbreviations.txt}
 * (many abbreviations are in the weak extra-names list, "gesch"; that list alone is no evidence either way, it holds real
 * surnames too, "okonkwo"). A word that a given-name or surname list holds stays a name
 * ("oma jo. belde", "opa henk. haalt"), and so does a word at the end of the sentence ("bij oma trees."). Stateless.
 */
final class CareNoteAbbreviation {


    private CareNoteAbbreviation() {
    }

    /** Whether the lower-case word at {@code head} is a care-note abbreviation in the shape above. */
    static boolean after(List<Token> tokens, int head, WordLists words) {
        int n = tokens.size();
        Token word = tokens.get(head);
        if (head + 2 >= n || word.capitalised() || !tokens.get(head + 1).is('.')
                || tokens.get(head + 1).spaceBefore()) {
            return false;
        }
        String lower = word.lower();
        String cap = NameClassifier.capitalise(lower);
        if (words.isFirstName(cap) || words.isFirstNameLower(lower) || words.isSurname(cap)) {
            return false;
        }
        if (!Holder.ABBREVIATIONS.contains(lower)) {
            return false; // any other word stays a possible name: the weak list holds surnames too ("oom okonkwo.")
        }
        Token next = tokens.get(head + 2);
        return next.isNumber() || next.isWord() && !next.capitalised();
    }

    /** Whether the lower-case word is an abbreviation of {@code care-note-abbreviations.txt}. */
    static boolean listed(String lower) {
        return Holder.ABBREVIATIONS.contains(lower);
    }

    private static final class Holder {
        private static final Set<String> ABBREVIATIONS = WordLists.lowerCaseSet("care-note-abbreviations.txt");
    }
}
