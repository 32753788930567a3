package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 17 rule (r17-cards): a word that is both a kin word and a listed given name ("Nana", "Dede", "Aja": grandparents
 * in Sarnami and Turkish, and given names) is the child's name when a child's age or birth year stands in brackets
 * right after it ("Nana (7) zit in groep 4", "Dede (2016)", "Aja (9 jaar)"), or a child's age after "is", "wordt" or
 * "werd" ("Dede is 8"): no grandparent is seven. The kin word
 * alone ("Nana woont in Moerwijk") or with an adult's age ("Dede (74)") stays the relative. Sets the flag (a late
 * evidence step).
 */
final class KinWordGivenNameWithChildAge {

    /** Below this age the bracket is a child's. */
    private static final int CHILD_AGE = 18;
    /** From this birth year the bracket is a child's (the cards are of 2026). */
    private static final int CHILD_YEAR = 2006;
    private static final int CARD_YEAR = 2026;
    private static final Set<String> YEARS = Set.of("jaar", "jr", "j");

    /** "Dede is 8", "Nana wordt 12": a verb of age before the number instead of the bracket. */
    private static final Set<String> AGE_VERBS = Set.of("is", "wordt", "werd");

    private KinWordGivenNameWithChildAge() {
    }

    /**
     * The age ends right after the number: ")" or "jaar)" in the bracket form ("(7)", "(9 jaar)"; not "(2019
     * overleden)"), "jaar", a full stop, comma, semicolon, "en" or the end after "is" ("Dede is 8 en ..."; not "Oma is
     * 3 dagen opgenomen").
     */
    private static boolean ageEnds(List<Token> tokens, int k, boolean bracket) {
        int n = tokens.size();
        if (k < n && tokens.get(k).isWord() && YEARS.contains(tokens.get(k).lower())) {
            k++;
        }
        if (bracket) {
            return k < n && tokens.get(k).is(')');
        }
        if (k >= n) {
            return true;
        }
        Token t = tokens.get(k);
        return t.is('.') || t.is(',') || t.is(';') || t.isWord() && t.lower().equals("en");
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token t = tokens.get(i);
            Token after = tokens.get(i + 1);
            if (flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !words.isKinOrRole(t.lower())
                    || !words.isFirstName(NameClassifier.capitalise(t.lower()))
                    || !(after.is('(') || after.isWord() && AGE_VERBS.contains(after.lower()))) {
                continue;
            }
            Token number = tokens.get(i + 2);
            if (!number.isNumber() || !number.text().chars().allMatch(Character::isDigit)
                    || number.text().length() > 4) {
                continue;
            }
            int value = Integer.parseInt(number.text());
            boolean child = value < CHILD_AGE || after.is('(') && value >= CHILD_YEAR && value <= CARD_YEAR;
            if (child && ageEnds(tokens, i + 3, after.is('('))) {
                flag[i] = true;
            }
        }
    }
}
