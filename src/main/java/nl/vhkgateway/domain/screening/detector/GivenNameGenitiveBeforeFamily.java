package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 13 (r13-misses): a capitalised listed given name with the genitive s written without an apostrophe, right
 * before a lower-case family word, is a person even when the word is also a dictionary plural ("Merels moeder",
 * "Roels vader", "Wims zus": a blackbird has no mother in a card). Guards: the word is not in capitals, the stem
 * is a listed given name of at least three letters that is no family word, the family word is one of
 * {@link CoverClauses#familyWord} and not the English "kids", and the word has no apostrophe (that is
 * {@link PossessiveBeforeFamily}). Stateless.
 */
final class GivenNameGenitiveBeforeFamily {

    private GivenNameGenitiveBeforeFamily() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || !t.capitalised() || t.allCaps()) {
                continue;
            }
            String text = t.text();
            int len = text.length();
            if (len < 4 || text.charAt(len - 1) != 's' || text.indexOf('\'') >= 0 || text.indexOf('’') >= 0) {
                continue;
            }
            Token next = tokens.get(i + 1);
            if (!next.isWord() || next.capitalised() || next.lower().equals("kids")
                    || !CoverClauses.familyWord(next.lower(), words)) {
                continue;
            }
            String stem = text.substring(0, len - 1);
            String stemLower = WordLists.lower(stem);
            if (!TelegramWords.letters(stemLower) || !words.isFirstName(stem) || words.isException(stem)
                    || CoverClauses.familyWord(stemLower, words) || CoverClauses.familyWord(t.lower(), words)) {
                continue;
            }
            flag[i] = true;
        }
    }
}
