package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 12 (telegram): a full name typed in lower case
 * <ul>
 * <li>alone in brackets after a kin or role word within four words ("ex van moeder (wiel lardinois) heeft"): a first
 * word that a name list holds, optional particles, and a listed surname of five or more letters that no dictionary
 * holds, so "(zie verslag)", "(wel bereikbaar)", "(luna park)", "(mercedes benz)" stay;</li>
 * <li>before ", die" or ", wie" in a subject's place (a clause start, after "dat" or "en": "dat netty vleugels, die vorig
 * jaar ..."): a listed name of {@link TelegramWords#listedName}, optional particles and a listed surname, also one a
 * dictionary holds; "naar ronald mcdonald, die", "in luna park, die" stay.</li>
 * </ul>
 * Places, organisations and proper phrases spelled by the words stay. Stateless.
 */
final class LowerCaseFullNameInBrackets {

    private static final Set<String> RELATIVE = WordSets.of("die", "wie", "waarvan", "waarmee");
    private static final int MAX_PARTICLES = 3;
    private static final int KIN_WINDOW = 4;
    private static final int MIN_SURNAME = 5;

    private LowerCaseFullNameInBrackets() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        if (!bracketOrRelative(tokens)) {
            return; // no "(" and no ", die/wie": neither shape can hold
        }
        for (int i = 0; i + 2 < n; i++) {
            Token first = tokens.get(i);
            if (!first.isWord() || first.capitalised()) {
                continue;
            }
            // both shapes need one of these before the first word: "(" or a subject's place
            if (!(i > 0 && tokens.get(i - 1).is('(')) && !subjectStart(tokens, i)) {
                continue;
            }
            int last = surnameAfter(tokens, words, i);
            if (last < 0 || LowerCaseFullNameAtClauseStart.properPhrase(tokens, words, i, last)) {
                continue;
            }
            String given = first.lower();
            String surname = tokens.get(last).lower();
            boolean inBrackets = i > 0 && tokens.get(i - 1).is('(') && last + 1 < n && tokens.get(last + 1).is(')')
                    && kinBefore(tokens, words, i - 1) && givenLike(words, given)
                    && !words.isWord(surname) && surname.length() >= MIN_SURNAME; // "(luna park)", "(mercedes benz)" stay
            boolean beforeRelative = last + 2 < n && tokens.get(last + 1).is(',') && tokens.get(last + 2).isWord()
                    && RELATIVE.contains(tokens.get(last + 2).lower()) && TelegramWords.listedName(words, given)
                    && subjectStart(tokens, i); // "naar ronald mcdonald, die", "in luna park, die" stay
            if (inBrackets || beforeRelative) {
                for (int m = i; m <= last; m++) {
                    flag[m] = true;
                }
            }
        }
    }

    private static boolean bracketOrRelative(List<Token> tokens) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is('(') || k > 0 && t.isWord() && tokens.get(k - 1).is(',') && RELATIVE.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /** The index of a lower-case listed surname after the word at {@code i} and optional particles, or -1. */
    private static int surnameAfter(List<Token> tokens, WordLists words, int i) {
        int n = tokens.size();
        int k = i + 1;
        while (k < n && k <= i + MAX_PARTICLES && tokens.get(k).isWord() && !tokens.get(k).capitalised()
                && words.isTussenvoegsel(tokens.get(k).lower())) {
            k++;
        }
        if (k >= n || !tokens.get(k).isWord() || tokens.get(k).capitalised() || !tokens.get(k).spaceBefore()) {
            return -1;
        }
        String lower = tokens.get(k).lower();
        boolean ok = lower.length() >= 3 && TelegramWords.letters(lower)
                && words.isSurname(NameClassifier.capitalise(lower)) && !NameClassifier.isFunctionWord(lower)
                && !words.isKinOrRole(lower) && (k > i + 1 || !words.isCommonWord(lower))
                && !TelegramWords.elsewhere(words, lower);
        return ok ? k : -1;
    }

    /** A subject's place: the start of the text or a clause, or right after "dat" or "en". */
    private static boolean subjectStart(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        Token p = tokens.get(i - 1);
        return p.is('.') || p.is(',') || p.is(':') || p.is(';')
                || p.isWord() && (p.lower().equals("dat") || p.lower().equals("en"));
    }

    private static boolean givenLike(WordLists words, String lower) {
        // a place that is also a name ("wiel") counts here: places of places-also-names.txt are places only after a
        // place word, and a place of the context-free lists stays
        return lower.length() >= 2 && TelegramWords.letters(lower) && !TelegramWords.ordinary(words, lower)
                && !words.isPlace(lower) && !words.isAbroad(lower) && !words.allowed().containsWord(lower)
                && (words.isFirstNameLower(lower) || words.isWeakName(lower)
                || TelegramWords.petName(words, lower) || words.isSurname(NameClassifier.capitalise(lower)));
    }

    private static boolean kinBefore(List<Token> tokens, WordLists words, int open) {
        for (int k = open - 1; k >= 0 && k >= open - KIN_WINDOW; k--) {
            Token t = tokens.get(k);
            if (t.isWord() && words.isKinOrRole(t.lower())) {
                return true;
            }
            if (!t.isWord()) {
                return false;
            }
        }
        return false;
    }
}
