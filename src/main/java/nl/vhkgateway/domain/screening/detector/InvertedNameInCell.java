package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 12 (telegram): a name written surname first in a table cell of a family row ("ODUYA, GRACE | moeder |",
 * "Verkerk, Gerwin (vader) | geen gezag"): a cell that opens the text or follows a bar and holds two words, in capitals
 * or with a capital, separated by a comma; the second a listed given name, the first a listed surname or a word of no
 * list; and a family word (of {@link CoverClauses#familyWord}) opens the next cell or the brackets right after the pair.
 * Places, organisations, kin words and dictionary words as the surname stay ("ZORG, MOEDER | ...", "Gouda, Anna |" is
 * read as a place only when no family word follows). Stateless.
 */
final class InvertedNameInCell {

    private InvertedNameInCell() {
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
                    || !tokens.get(i + 4).isWord() || !CoverClauses.familyWord(tokens.get(i + 4).lower(), words)) {
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
