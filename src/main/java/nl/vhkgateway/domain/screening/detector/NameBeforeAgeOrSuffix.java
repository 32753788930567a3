package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 13 (names): a word that the text marks as a person by what follows it. Two shapes:
 * <ul>
 * <li>an age or birth year in brackets right after a listed given name ("Daan (7)", "milan (14 mnd)", "Noor (2019)"),
 * and one that a dictionary holds too only when the list of names that are words holds it, and only before an age in
 * years and a finite verb after the bracket ("Lente (2 jr) heeft achterstand"): "buddy (3 jr) al betrokken", "echo (20 wk)",
 * "Echo (2019)", month names ("mei (2024)") and words of no given-name list ("groep (8)", "klas (3)") stay;</li>
 * <li>"jr." or "sr." after a listed surname or given name, in any case ("koelewijn jr. gedraagt zich", "de boer sr.
 * belde"): frequent words, kin words, places and organisations stay.</li>
 * </ul>
 * Stateless.
 */
final class NameBeforeAgeOrSuffix {

    private static final Set<String> AGE_UNITS = WordSets.of("jr", "jaar", "j", "mnd", "maanden", "maand", "wk", "weken",
            "week", "m");
    private static final Set<String> YEARS = WordSets.of("jr", "jaar", "j");
    private static final Set<String> SUFFIXES = WordSets.of("jr", "sr");
    private static final Set<String> MONTHS = WordSets.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december");

    private NameBeforeAgeOrSuffix() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || t.text().length() < 3) {
                continue;
            }
            Token next = tokens.get(i + 1);
            if (next.is('(')) {
                String lower = t.lower();
                boolean word = words.isWord(lower);
                if (!MONTHS.contains(lower) && givenName(words, lower)
                        && (!word || words.isException(NameClassifier.capitalise(lower)))
                        && ageInBrackets(tokens, i + 1, !word)) {
                    flag[i] = true;
                }
            } else if (next.isWord() && SUFFIXES.contains(next.lower()) && (t.capitalised() == next.capitalised()
                    || !next.capitalised())) {
                String lower = t.lower();
                if (TelegramWords.letters(lower) && (words.isName(NameClassifier.capitalise(lower)) || words.isWeakName(lower))
                        && !TelegramWords.ordinary(words, lower) && !TelegramWords.elsewhere(words, lower)) {
                    flag[i] = true;
                }
            }
        }
    }

    private static boolean givenName(WordLists words, String lower) {
        return TelegramWords.letters(lower) && words.isFirstName(NameClassifier.capitalise(lower))
                && !TelegramWords.ordinary(words, lower) && !TelegramWords.elsewhere(words, lower);
    }

    /**
     * "(7)", "(2 jr)", "(2 jr.)", "(14 mnd)", "(2019)" from the open bracket at {@code open}; for a word a dictionary
     * holds ({@code any} false) only an age in years ("Lente (2 jr)"): "echo (20 wk)", "groep (8)" stay.
     */
    private static boolean ageInBrackets(List<Token> tokens, int open, boolean any) {
        int n = tokens.size();
        if (open + 2 >= n || !tokens.get(open + 1).isNumber()) {
            return false;
        }
        String number = tokens.get(open + 1).text();
        if (!digits(number)) {
            return false;
        }
        boolean age = number.length() <= 2;
        boolean year = number.length() == 4 && (number.startsWith("19") || number.startsWith("20"));
        if (!age && !year) {
            return false;
        }
        if (!any && (year || !tokens.get(open + 2).isWord() || !YEARS.contains(tokens.get(open + 2).lower())
                || !verbAfterBracket(tokens, open))) {
            return false;
        }
        int k = open + 2;
        if (age && tokens.get(k).isWord() && AGE_UNITS.contains(tokens.get(k).lower())) {
            k++;
            if (k < n && tokens.get(k).is('.')) {
                k++;
            }
        }
        return k < n && tokens.get(k).is(')');
    }

    /** A finite verb of a person right after the closing bracket ("Lente (2 jr) heeft"; "buddy (3 jr) al" stays). */
    private static boolean verbAfterBracket(List<Token> tokens, int open) {
        for (int k = open + 1; k < Math.min(tokens.size() - 1, open + 6); k++) {
            if (tokens.get(k).is(')')) {
                Token after = tokens.get(k + 1);
                return after.isWord() && LowerCaseGivenNameOpeningNote.VERBS.contains(after.lower());
            }
        }
        return false;
    }

    private static boolean digits(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
