package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 20 (t20-names): a relative's word, then a bracket with one word, a comma and an age or birth year: "de jongste
 * (Pip, 4)", "haar zoon (bram, 2016)", "broertje (Stijn, 7 jaar)". The bracket names the relative before it, so the
 * word in it is the name, also when it is a capitalised Dutch word ("Pip", "Storm"); in lower case only a listed given
 * name that is no Dutch word ("bram"): a status is written there too ("vader (overleden, 2019)", "de jongste (peuter,
 * 3)"). A bracket of no
 * relative ("groep (Bloesem, 4)", "hoofdstuk (bijlage, 2)") stays, and so do a kin or role word, a title, a place and
 * a listed organisation in the bracket ("de oudste (Zwolle, 2019)", "moeder (Accare, 2024)"). Stateless.
 */
final class NameWithAgeInBrackets {

    private static final int MAX_AGE = 25;
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2035;

    private NameWithAgeInBrackets() {
    }

    static void flag(List<Token> tokens, boolean[] covered, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 2; i + 3 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || covered[i] || !tokens.get(i - 1).is('(') || !(tokens.get(i + 1).is(',') || tokens.get(i + 1).is(';'))
                    || !relative(tokens.get(i - 2), words)) {
                continue;
            }
            String lower = t.lower();
            if (lower.length() < 2 || !TelegramWords.letters(lower) || t.allCaps() && lower.length() > 1
                    || words.isKinOrRole(lower) || words.isTitle(lower) || words.isTussenvoegsel(lower)
                    || NameClassifier.isFunctionWord(lower) || words.isPlace(lower) || words.isPlaceInContext(lower)
                    || words.allowed().containsWord(lower) && !words.isName(NameClassifier.capitalise(lower))) {
                continue;
            }
            // a status in lower case ("vader (overleden, 2019)", "de jongste (peuter, 3)") is a word; a name in lower
            // case is a listed given name that no dictionary holds ("bram"); capitalised in the middle of a
            // sentence, a word in the bracket is a name ("Pip", "Storm")
            if (!t.capitalised() && (words.isWord(lower) || !words.isFirstNameLower(lower))) {
                continue;
            }
            if (ageOrYear(tokens, i + 2)) {
                flag[i] = true;
            }
        }
    }

    /** A kin or role word before the bracket ("jongste", "zoon", "broertje"), not a capitalised name. */
    private static boolean relative(Token t, WordLists words) {
        return t.isWord() && !t.capitalised() && words.isKinOrRole(t.lower());
    }

    /** An age ("4", "7 jaar", "3 mnd") or a birth year, then the closing bracket. */
    private static boolean ageOrYear(List<Token> tokens, int k) {
        int n = tokens.size();
        Token number = tokens.get(k);
        if (!number.isNumber()) {
            return false;
        }
        int close = k + 1;
        if (close < n && tokens.get(close).isWord() && AGE_UNITS.contains(tokens.get(close).lower())) {
            close++;
        }
        if (close >= n || !tokens.get(close).is(')')) {
            return false;
        }
        String digits = number.text();
        if (digits.length() <= 2) {
            return Integer.parseInt(digits) <= MAX_AGE;
        }
        if (digits.length() == 4 && digits.chars().allMatch(Character::isDigit)) {
            int year = Integer.parseInt(digits);
            return year >= FIRST_YEAR && year <= LAST_YEAR;
        }
        return false;
    }

    private static final java.util.Set<String> AGE_UNITS = WordSets.of("jaar", "jr", "mnd", "maanden", "wk",
            "weken");
}
