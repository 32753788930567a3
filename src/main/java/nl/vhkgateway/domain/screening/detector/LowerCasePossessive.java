package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 12 (telegram): a given name typed in lower case with a possessive 's before a word ("jürgen's kamer",
 * "bashar's fiets"). The stem must be a listed name of {@link TelegramWords#listedName} (no dictionary word): plurals
 * with 's ("foto's", "oma's", "baby's", "mama's") and words that are also names stay. Stateless.
 */
final class LowerCasePossessive {

    private LowerCasePossessive() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || t.capitalised() || !tokens.get(i + 1).isWord()) {
                continue;
            }
            String text = t.text();
            int len = text.length();
            if (len < 5 || text.charAt(len - 1) != 's' || text.charAt(len - 2) != '\'' && text.charAt(len - 2) != '’') {
                continue;
            }
            String stem = WordLists.lower(text.substring(0, len - 2));
            if (TelegramWords.listedName(words, stem)) {
                flag[i] = true;
            }
        }
    }
}
