package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 17 rule (r17-cards): a word that is both a kin word and a listed given name ("Nana", "Dede", "Aja": grandparents
 * in Sarnami and Turkish, and given names) is the child's name when a child's age or birth year stands in brackets
 * right after it ("Nana (7) zit in groep 4", "Dede (2016)", "Aja (9 jaar)"): no grandparent is seven. The kin word
 * alone ("Nana woont in Moerwijk") or with an adult's age ("Dede (74)") stays the relative. Sets the flag (a late
 * evidence step).
 */
final class KinWordGivenNameWithChildAge {

    /** Below this age the bracket is a child's. */
    private static final int CHILD_AGE = 18;
    /** From this birth year the bracket is a child's (the cards are of 2026). */
    private static final int CHILD_YEAR = 2006;

    private KinWordGivenNameWithChildAge() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !words.isKinOrRole(t.lower())
                    || !words.isFirstName(NameClassifier.capitalise(t.lower())) || !tokens.get(i + 1).is('(')) {
                continue;
            }
            Token number = tokens.get(i + 2);
            if (!number.isNumber() || !number.text().chars().allMatch(Character::isDigit)
                    || number.text().length() > 4) {
                continue;
            }
            int value = Integer.parseInt(number.text());
            if (value < CHILD_AGE || value >= CHILD_YEAR && value <= 2026) {
                flag[i] = true;
            }
        }
    }
}
