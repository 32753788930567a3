package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 13 (names): an initial and a surname typed in lower case ("melding door j. hadders, oom", "gesprek met a.
 * de wit", "j.h. lubbers belde"). One to three single letters each with a period, joined to it, then a space, then
 * particles of a surname if any and a surname: a listed surname or weak-list name that no Dutch dictionary, place or
 * organisation list holds, or, after a particle, any listed surname ("j. de boer"). Abbreviations written with periods
 * ("i.v.m. school", "o.a. sport", "z.s.m. bellen") and list letters before ordinary words ("a. wonen", "b. school")
 * stay: the surname must be listed and no word. Stateless.
 */
final class LowerCaseInitialAndSurname {

    private static final int MAX_INITIALS = 3;
    private static final int MAX_PARTICLES = 3;

    private LowerCaseInitialAndSurname() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            if (!initial(tokens, i) || i > 0 && !tokens.get(i).spaceBefore()) {
                continue;
            }
            int k = i;
            int initials = 0;
            while (k + 1 < n && initials < MAX_INITIALS && initial(tokens, k)) {
                k += 2;
                initials++;
                if (k < n && tokens.get(k).spaceBefore()) {
                    break;
                }
            }
            if (k >= n || !tokens.get(k).spaceBefore() || initials > 1 && initial(tokens, k)) {
                continue;
            }
            int particles = 0;
            while (k < n && particles < MAX_PARTICLES && tokens.get(k).isWord() && !tokens.get(k).capitalised()
                    && words.isTussenvoegsel(tokens.get(k).lower())) {
                k++;
                particles++;
            }
            if (k >= n || !tokens.get(k).isWord() || tokens.get(k).capitalised() || tokens.get(k).text().length() < 3
                    || k + 1 < n && tokens.get(k + 1).is('.') && !tokens.get(k + 1).spaceBefore()
                    && k + 2 < n && tokens.get(k + 2).isWord() && !tokens.get(k + 2).spaceBefore()) {
                continue; // a longer abbreviation with periods
            }
            String lower = tokens.get(k).lower();
            boolean surname = particles > 0
                    ? words.isSurname(NameClassifier.capitalise(lower)) && TelegramWords.letters(lower)
                            && !TelegramWords.ordinary(words, lower) && !TelegramWords.elsewhere(words, lower)
                    : LowerCaseSurnameAfterPreposition.surname(words, lower) && !words.isWord(lower)
                            || TelegramWords.listedName(words, lower) && !words.isFirstNameLower(lower);
            if (!surname) {
                continue;
            }
            for (int m = i; m <= k; m++) {
                if (tokens.get(m).isWord()) {
                    flag[m] = true;
                }
            }
        }
    }

    /** A single lower-case letter with a period joined to it. */
    private static boolean initial(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.isWord() && t.text().length() == 1 && Character.isLowerCase(t.text().charAt(0)) && i + 1 < tokens.size()
                && tokens.get(i + 1).is('.') && !tokens.get(i + 1).spaceBefore();
    }
}
