package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 13 (names): in a text or line written in capitals, a word coordinated with a name ("MIHAI EN ELENA WONEN BIJ
 * OMA", "SEM, NOAH EN LIV") is a name too when it is a listed given name that is no word of any dictionary, no
 * name-that-is-a-word exception, no place, organisation, kin word or title, and has three or more letters. Capitals
 * hide the capital of a name, so a given name beside a flagged name is read as the name it is; "JAN EN DE BUREN",
 * "SEM EN HOOP" (a word) stay. Repeats until no more names join (a list of three). Stateless.
 */
final class CoordinatedNamesInCapitals {

    private CoordinatedNamesInCapitals() {
    }

    /**
     * @param shouted the whole text was written in capitals (the tokens are in Title Case)
     */
    static void flag(List<Token> tokens, WordLists words, boolean shouted, boolean[] flag) {
        int n = tokens.size();
        boolean changed = true;
        for (int round = 0; changed && round < 4; round++) {
            changed = false;
            for (int i = 0; i + 2 < n; i++) {
                Token sep = tokens.get(i + 1);
                if (!(sep.is(',') || sep.is('&') || sep.is('+') || sep.isWord() && sep.lower().equals("en"))) {
                    continue;
                }
                if (flag[i] && !flag[i + 2] && candidate(tokens.get(i + 2), words, shouted)
                        && capitals(tokens.get(i), shouted)) {
                    flag[i + 2] = true;
                    changed = true;
                } else if (flag[i + 2] && !flag[i] && candidate(tokens.get(i), words, shouted)
                        && capitals(tokens.get(i + 2), shouted)) {
                    flag[i] = true;
                    changed = true;
                }
            }
        }
    }

    private static boolean capitals(Token t, boolean shouted) {
        return t.isWord() && (shouted || t.allCaps());
    }

    private static boolean candidate(Token t, WordLists words, boolean shouted) {
        if (!capitals(t, shouted) || t.text().length() < 3) {
            return false;
        }
        String lower = t.lower();
        String cap = NameClassifier.capitalise(lower);
        return TelegramWords.letters(lower) && words.isFirstName(cap) && !words.isWord(lower) && !words.isException(cap)
                && !TelegramWords.ordinary(words, lower) && !TelegramWords.elsewhere(words, lower);
    }
}
