package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 12 (telegram): a nickname or pet name in quotes used as the person's name: one or two capitalised words alone
 * between quotes, right after a kin or role word ('neef "Keesje" rijdt') or after a noun of naming ('bijnaam "Dikkie"')
 * or a verb of naming with a person as its object ('noemt zich "Bolle"', 'noemen hem "Bertje"'). Each word must be a
 * listed given name or surname or a pet name ({@link TelegramWords#petName}); the names of things stay ('de school heet
 * "Zonnehof"', 'het medicijn heet "Clonidine"', 'noemt hem "Hartje"', 'moeder "Guanfacine" wil ze niet geven', 'de drug
 * wordt "Tina" genoemd'), and so do kin and role words, answer words, places and organisations. Stateless.
 */
final class NicknameInQuotes {

    /** Verbs of naming: only with a person as their object right after them ("noemt zich", "noemen hem"). */
    private static final Set<String> NAMING = WordSets.of("noemt", "noemde", "noemen", "noemden", "noem");
    /** Nouns of a person's other name: the quote right after them is that name. */
    private static final Set<String> NAME_NOUNS = WordSets.of("bijnaam", "roepnaam", "alias", "aka", "bijgenaamd",
            "koosnaam", "scheldnaam", "straatnaam");
    private static final Set<String> OBJECTS = WordSets.of("zich", "zichzelf", "hem", "haar", "hen", "hun", "mij", "me",
            "ons", "jou", "je");
    private static final Set<String> ANSWERS = WordSets.of("ja", "nee", "oke", "oké", "ok", "top", "prima", "nooit",
            "altijd", "misschien", "sorry", "help", "stop", "genoeg", "klaar");

    private NicknameInQuotes() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int q = 1; q + 2 < n; q++) {
            if (!TelegramWords.quote(tokens.get(q))) {
                continue;
            }
            int close = q + 1;
            while (close < n && close <= q + 2 && tokens.get(close).isWord() && tokens.get(close).capitalised()) {
                close++;
            }
            if (close == q + 1 || close >= n || !TelegramWords.quote(tokens.get(close)) || !nameContext(tokens, words, q, close)) {
                continue;
            }
            boolean names = true;
            for (int m = q + 1; m < close; m++) {
                Token w = tokens.get(m);
                // after a kin word only a word that is no dictionary word (or a pet form of a listed given name):
                // 'oma "Hoop" te doen' stays
                names &= nameLike(words, w);
            }
            if (names) {
                for (int m = q + 1; m < close; m++) {
                    flag[m] = true;
                }
            }
        }
    }

    private static boolean nameContext(List<Token> tokens, WordLists words, int open, int close) {
        Token before = tokens.get(open - 1);
        return before.isWord() && words.isKinOrRole(before.lower()) && !dictionaryWordInside(tokens, words, open, close)
                || namingContext(tokens, open, close);
    }

    /** After a kin word a name that is also a Dutch word ("Hoop") is no nickname; a pet name ("Keesje") is. */
    private static boolean dictionaryWordInside(List<Token> tokens, WordLists words, int open, int close) {
        for (int m = open + 1; m < close; m++) {
            String lower = tokens.get(m).lower();
            if (words.isException(tokens.get(m).text()) && !TelegramWords.petName(words, lower)) {
                return true;
            }
        }
        return false;
    }

    /** A noun of naming before the quote, or a verb of naming and a person as its object. */
    private static boolean namingContext(List<Token> tokens, int open, int close) {
        Token before = tokens.get(open - 1);
        if (!before.isWord()) {
            return false;
        }
        String b = before.lower();
        return NAME_NOUNS.contains(b) || OBJECTS.contains(b) && open >= 2 && tokens.get(open - 2).isWord()
                && NAMING.contains(tokens.get(open - 2).lower());
    }

    private static boolean nameLike(WordLists words, Token t) {
        String lower = t.lower();
        if (lower.length() < 2 || t.allCaps() && lower.length() <= 4 || !TelegramWords.letters(lower)
                || ANSWERS.contains(lower) || TelegramWords.ordinary(words, lower) || TelegramWords.elsewhere(words, lower)
                || words.isException(t.text()) && !words.isSurname(t.text()) && !words.isFirstNameLower(lower)) {
            return false;
        }
        return words.isName(t.text()) || TelegramWords.petName(words, lower);
    }
}
