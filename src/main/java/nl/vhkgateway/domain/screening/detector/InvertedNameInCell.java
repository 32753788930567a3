package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 12 (telegram): a name written surname first in a table cell of a family row ("ODUYA, GRACE | moeder |",
 * "Verkerk, Gerwin (vader) | geen gezag"): a cell that opens the text or follows a bar and holds two words, in capitals
 * or with a capital, separated by a comma; the second a listed given name, the first a listed surname or a word of no
 * list; and one relative's word (a kin word, no group word such as "kinderen" or "familie") fills the next cell or the
 * brackets right after the pair.
 * Places, organisations, kin words and dictionary words as the surname stay ("ZORG, MOEDER | ...", "Gouda, Anna |" is
 * read as a place only when no family word follows). Stateless.
 */
final class InvertedNameInCell {

    private InvertedNameInCell() {
    }

    /** One relative ("moeder", "stiefvader", "oom"), not a group ("kinderen", "familie"). */
    private static boolean relative(String lower, WordLists words) {
        return CoverClauses.familyWord(lower, words) && words.isKinOrRole(lower) || lower.startsWith("stief")
                && words.isKinOrRole(lower.substring(5));
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 4 < n; i++) {
            if (i > 0 && !tokens.get(i - 1).is('|')) {
                continue;
            }
            Token surname = tokens.get(i);
            Token given = tokens.get(i + 2);
            if (!surname.isWord() || !surname.capitalised() || !tokens.get(i + 1).is(',') || !given.isWord()
                    || !given.capitalised() || !(tokens.get(i + 3).is('|') || tokens.get(i + 3).is('('))
                    || !tokens.get(i + 4).isWord() || !relative(tokens.get(i + 4).lower(), words)
                    || i + 5 < n && !(tokens.get(i + 5).is('|') || tokens.get(i + 5).is(')'))) {
                continue;
            }
            String s = surname.lower();
            String g = given.lower();
            boolean surnameOk = (words.isSurname(NameClassifier.capitalise(s)) || words.isWeakName(s)
                    || TelegramWords.wordOfNoList(words, s)) && !words.isDutchWord(s) && !TelegramWords.ordinary(words, s)
                    && !TelegramWords.elsewhere(words, s);
            boolean givenOk = words.isFirstNameLower(g) && !TelegramWords.ordinary(words, g)
                    && !TelegramWords.elsewhere(words, g) && !words.isCommonWord(g);
            if (surnameOk && givenOk) {
                flag[i] = true;
                flag[i + 2] = true;
            }
        }
    }
}
