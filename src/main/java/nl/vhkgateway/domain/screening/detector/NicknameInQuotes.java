package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 12 (telegram): a nickname or pet name in quotes used as the person's name: one or two capitalised words alone
 * between quotes, right after a kin or role word ('neef "Keesje" rijdt', "oom 'Bolle'") or after a verb of naming and
 * its object ('noemt zich "Bolle"', 'wordt "Sjonnie" genoemd', 'bijnaam "Dikkie"'). Each word must be name-like: a listed
 * given name or surname, a pet form of a listed given name, or no dictionary word; ordinary words in quotes stay
 * ('noemt het "Gezellig"', 'vader "Nee"', 'noemt hem "Kampioen"'), and so do kin and role words, answer words, places and
 * organisations. Stateless.
 */
final class NicknameInQuotes {

    private static final Set<String> NAMING = Set.of("noemt", "noemde", "noemen", "noemden", "noem", "heet", "heette",
            "heten", "genaamd", "bijnaam", "roepnaam", "alias", "aka", "bijgenaamd", "koosnaam", "scheldnaam");
    private static final Set<String> OBJECTS = Set.of("zich", "zichzelf", "hem", "haar", "hen", "hun", "mij", "me",
            "ons", "jou", "je");
    private static final Set<String> ANSWERS = Set.of("ja", "nee", "oke", "oké", "ok", "top", "prima", "nooit",
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
            boolean naming = namingContext(tokens, q, close);
            boolean names = true;
            for (int m = q + 1; m < close; m++) {
                Token w = tokens.get(m);
                // after a kin word only a word that is no dictionary word (or a pet form of a listed given name):
                // 'oma "Hoop" te doen' stays
                names &= nameLike(words, w) && (naming || !words.isWord(w.lower()) || TelegramWords.petForm(words, w.lower()));
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
        return before.isWord() && words.isKinOrRole(before.lower()) || namingContext(tokens, open, close);
    }

    /** A verb or noun of naming before the quote, or "genoemd" after it. */
    private static boolean namingContext(List<Token> tokens, int open, int close) {
        Token before = tokens.get(open - 1);
        if (!before.isWord()) {
            return false;
        }
        String b = before.lower();
        if (NAMING.contains(b)) {
            return true;
        }
        if (OBJECTS.contains(b) && open >= 2 && tokens.get(open - 2).isWord() && NAMING.contains(tokens.get(open - 2).lower())) {
            return true;
        }
        return close + 1 < tokens.size() && tokens.get(close + 1).isWord()
                && (tokens.get(close + 1).lower().equals("genoemd") || tokens.get(close + 1).lower().equals("noemen"));
    }

    private static boolean nameLike(WordLists words, Token t) {
        String lower = t.lower();
        if (lower.length() < 2 || t.allCaps() && lower.length() <= 4 || !TelegramWords.letters(lower)
                || ANSWERS.contains(lower) || TelegramWords.ordinary(words, lower) || TelegramWords.elsewhere(words, lower)
                || words.isException(t.text()) && !words.isSurname(t.text()) && !TelegramWords.petForm(words, lower)) {
            return false;
        }
        return words.isName(t.text()) || TelegramWords.petForm(words, lower) || words.isWeakName(lower)
                || !words.isWord(lower);
    }
}
