package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 17 rule (r17-cards): a place after "in" or "uit" with the relatives who live there in brackets ("een sterk
 * netwerk in Hulst (zussen)", "familie uit Zierikzee (broers)"). A family word in brackets after a word is person
 * evidence ("Jansen (oom)"), but a family lives in a place, and "in"/"uit" before a person is rare. A flagged
 * capitalised word is the place when
 * <ul>
 * <li>the lower-case preposition "in" or "uit" stands right before it;</li>
 * <li>it is a place of the place lists ({@link WordLists#isPlace}) that no name list holds
 * ({@link PlacesBySurroundings#personListed}: "in Jansen (oom)" and a place that is a surname too, "in Hoorn (oom)",
 * stay names);</li>
 * <li>a bracket follows right after it that holds a family word and no number ("(zussen)", "(ooms en tantes)"; an
 * age, "(7)", is a person's).</li>
 * </ul>
 * Stateless.
 */
final class PlaceBeforeFamilyBracket {

    private static final Set<String> PREPOSITIONS = Set.of("in", "uit");
    private static final int MAX_BRACKET = 6;

    private PlaceBeforeFamilyBracket() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 1; i + 2 < n; i++) {
            Token t = tokens.get(i);
            Token before = tokens.get(i - 1);
            if (flag[i] && t.isWord() && t.capitalised() && !t.allCaps() && before.isWord()
                    && !before.capitalised() && PREPOSITIONS.contains(before.lower()) && words.isPlace(t.lower())
                    && !PlacesBySurroundings.personListed(t, words) && familyBracket(tokens, i + 1, words)) {
                flag[i] = false;
            }
        }
    }

    private static boolean familyBracket(List<Token> tokens, int open, WordLists words) {
        if (!tokens.get(open).is('(')) {
            return false;
        }
        boolean family = false;
        for (int k = open + 1; k < tokens.size() && k <= open + MAX_BRACKET; k++) {
            Token w = tokens.get(k);
            if (w.is(')')) {
                return family;
            }
            if (w.isNumber() || w.hasDigit()) {
                return false;
            }
            family |= w.isWord() && words.isKinOrRole(w.lower());
        }
        return false;
    }
}
