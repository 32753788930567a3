package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 20 (t20-names): a child named like a hospital, a place or a thing in a family list: a capitalised word, then a
 * bracket that opens with a child's kin word ("dochter", "zoon", "pleegzoon") and holds an age or birth year
 * ("Lente (zoon, 9)", "Milou (dochter, 2014)"), or, in the Gezinssamenstelling section, a bracket of the kin word
 * alone and the colon of the item ("Isala (dochter): zit in groep 6"). A bracket of a kin word after an organisation
 * of the lists says for whom it works ("Accare (zoon, 14)", "Levvel (moeder)") and stays outside the family list;
 * so do a parent's or other adult's kin word ("Zwolle (vader)": where he lives), a Dutch word that is no listed
 * given name ("Voetbal (zoon, 9)", "Pleeggezin (dochter):") and a name after an article ("De Regenboog (dochter,
 * 8)"). Price: in the Gezinssamenstelling section a one-word organisation of the lists written as an item with a
 * child's kin word and a colon ("Accare (zoon): ...") is refused, as a child named like it would be.
 * Stateless.
 */
final class WordNamedAsChild {

    /** Kin words of a child of the family. */
    private static final Set<String> CHILD_WORDS = WordSets.of("dochter", "zoon", "kind", "pleegdochter",
            "pleegzoon", "pleegkind", "stiefdochter", "stiefzoon", "bonusdochter", "bonuszoon", "broer", "zus",
            "broertje", "zusje", "halfbroer", "halfzus", "baby", "jongste", "oudste", "middelste", "tweelingbroer",
            "tweelingzus");
    private static final int MAX_AGE = 25;

    private WordNamedAsChild() {
    }

    /** @param familyList the segment is the Gezinssamenstelling section's */
    static void flag(List<Token> tokens, boolean[] covered, WordLists words, boolean familyList, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 3 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !tokens.get(i + 1).is('(')
                    || !tokens.get(i + 2).isWord() || !CHILD_WORDS.contains(tokens.get(i + 2).lower())
                    || tokens.get(i + 2).capitalised()) {
                continue;
            }
            String lower = t.lower();
            if (lower.length() < 3 || !TelegramWords.letters(lower) || words.isKinOrRole(lower) || words.isTitle(lower)
                    || NameClassifier.isFunctionWord(lower) || words.isTussenvoegsel(lower)
                    || i > 0 && tokens.get(i - 1).isWord() && words.isTussenvoegsel(tokens.get(i - 1).lower())
                    || words.isDutchWord(lower) && !words.isFirstName(t.text())) {
                continue; // "De Regenboog (dochter, 8)", "Voetbal (zoon, 9)", "Pleeggezin (dochter):"
            }
            Token after = tokens.get(i + 3);
            boolean aged = after.is(',') && i + 5 < n && tokens.get(i + 4).isNumber() && tokens.get(i + 5).is(')')
                    && ageOrYear(tokens.get(i + 4).text());
            boolean item = familyList && after.is(')') && i + 4 < n && tokens.get(i + 4).is(':') && itemStart(tokens, i);
            if (aged && (!covered[i] || words.isFirstName(t.text())) || item) {
                flag[i] = true;
            }
        }
    }

    private static boolean ageOrYear(String digits) {
        if (!digits.chars().allMatch(Character::isDigit)) {
            return false;
        }
        if (digits.length() <= 2) {
            return Integer.parseInt(digits) <= MAX_AGE;
        }
        return digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
    }

    /** The first word of the segment or of a list item (after a bullet, dash, semicolon or comma). */
    private static boolean itemStart(List<Token> tokens, int i) {
        if (i == 0) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return before.is('-') || before.is('•') || before.is('*') || before.is(';') || before.is(',')
                || before.is('–') || before.is('|');
    }
}
