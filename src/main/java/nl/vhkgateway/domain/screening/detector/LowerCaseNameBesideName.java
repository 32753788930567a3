package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 13 (names): a given name in lower case coordinated with a name ("bij kees en marja (vrienden van ma)", "marja
 * en kees", "ayham, roos en de baby"). A word joined by "en", "&", "+" or a comma to a word already read as a name is
 * a name too when it is a listed given name, also one that is a word ("kees", "roos", "storm"), but no frequent word,
 * kin or role word, place or organisation, and no article, possessive or demonstrative stands before it ("de storm en
 * marja", "het bos en ..."). Stateless.
 */
final class LowerCaseNameBesideName {

    private static final Set<String> DETERMINERS = WordSets.of("de", "het", "een", "die", "deze", "dat", "dit", "zijn",
            "haar", "hun", "mijn", "m'n", "z'n", "d'r", "ons", "onze", "jouw", "uw", "elke", "ieder", "iedere", "geen");

    private LowerCaseNameBesideName() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token sep = tokens.get(i + 1);
            if (!(sep.is(',') || sep.is('&') || sep.is('+') || sep.isWord() && sep.lower().equals("en"))) {
                continue;
            }
            if (flag[i + 2] && !flag[i] && candidate(tokens, words, i) && !tokens.get(i + 2).capitalised()) {
                flag[i] = true;
            } else if (flag[i] && !flag[i + 2] && candidate(tokens, words, i + 2) && !tokens.get(i).capitalised()
                    && sep.isWord()) {
                flag[i + 2] = true;
            }
        }
    }

    private static boolean candidate(List<Token> tokens, WordLists words, int i) {
        Token t = tokens.get(i);
        if (!t.isWord() || t.capitalised() || t.text().length() < 3
                || i > 0 && tokens.get(i - 1).isWord() && DETERMINERS.contains(tokens.get(i - 1).lower())) {
            return false;
        }
        String lower = t.lower();
        return words.isFirstNameLower(lower) && TelegramWords.listedGivenName(words, lower)
                && !words.isCommonWord(lower) && !CareNoteAbbreviation.listed(lower);
    }
}
