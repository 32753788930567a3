package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 14 (r14-misses): a word right before a bracketed relation is that person's name: "Lamin (vriend van broer)",
 * "rico (vriend)", "Dewi (vriendin van moeder)", "Joop (ex van vader)", "Sanne (buurvrouw)". The brackets hold one
 * family or social relation word (no professional: "Echnaton (mentor)" is an organisation's contact), optionally
 * followed by "van", an article or possessive, and a second family word. A capitalised word counts unless it is a
 * kin or role word itself; an ordinary word only when a name list holds it; a lower-case word only when a given-name list holds it and
 * it is no frequent Dutch word.
 * Stateless.
 */
final class NameBeforeBracketedRelation {

    private static final Set<String> POSSESSIVES = Set.of("de", "het", "zijn", "haar", "z'n", "d'r", "hun", "mijn");

    private NameBeforeBracketedRelation() {
    }

    static void mark(List<Token> tokens, boolean[] covered, boolean[] coveredOrganisation, boolean[] flag,
                     WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 3 < n; i++) {
            Token w = tokens.get(i);
            if (flag[i] || !w.isWord() || !tokens.get(i + 1).is('(') || w.hasDigit() || w.text().length() < 2
                    || !relationInBrackets(tokens, i + 1, words)) {
                continue;
            }
            String lower = w.lower();
            if (words.isKinOrRole(lower) || words.isTitle(lower) || words.isTussenvoegsel(lower)) {
                continue;
            }
            boolean ok;
            if (w.capitalised()) {
                ok = !w.allCaps() && !coveredOrganisation[i] && (words.isName(w.text()) || words.isWeakName(lower)
                        || !words.isWord(lower));
            } else {
                ok = words.isFirstNameLower(lower) && !words.isCommonWord(lower);
            }
            if (ok) {
                flag[i] = true;
            }
        }
    }

    /** "(vriend)", "(vriend van broer)", "(ex van de vader)", "(vriendin van moeder)" from the bracket at open. */
    private static boolean relationInBrackets(List<Token> tokens, int open, WordLists words) {
        int n = tokens.size();
        int k = open + 1;
        if (k >= n || !relation(tokens.get(k), words)) {
            return false;
        }
        k++;
        if (k + 1 < n && tokens.get(k).isWord() && tokens.get(k).lower().equals("van")) {
            k++;
            if (k < n && tokens.get(k).isWord() && POSSESSIVES.contains(tokens.get(k).lower())) {
                k++;
            }
            if (k >= n || !relation(tokens.get(k), words)) {
                return false;
            }
            k++;
        }
        return k < n && tokens.get(k).is(')');
    }

    private static boolean relation(Token t, WordLists words) {
        return t.isWord() && !t.capitalised() && words.isKinOrRole(t.lower())
                && !BirthDateDetector.PROFESSIONAL_ROLES.contains(t.lower()) || t.isWord() && t.lower().equals("ex");
    }
}
