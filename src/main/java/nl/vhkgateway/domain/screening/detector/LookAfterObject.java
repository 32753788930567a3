package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 11 rule: the one you look after is a person. "op" and a capitalised listed name, then within two words a verb of
 * minding ("passen", "letten": "ik moet altijd op Baran passen", "de buurvrouw let op Noah"), also when a place list
 * holds the name ("op" is otherwise read as a place preposition). A word that no name list holds stays ("op Texel
 * passen op de kinderen" reads the place). Stateless.
 */
final class LookAfterObject {

    private static final Set<String> MINDING = Set.of("passen", "past", "paste", "pasten", "gepast", "letten", "let",
            "lette", "gelet");
    private static final int WINDOW = 2;

    private LookAfterObject() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            Token t = tokens.get(i);
            Token before = tokens.get(i - 1);
            if (flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !before.isWord()
                    || !before.lower().equals("op") || !words.isName(NameClassifier.stripPossessive(t.text()))
                    || words.isKinOrRole(t.lower())) {
                continue;
            }
            if (minding(tokens, i + 1) || minding(tokens, i - 2) || i >= 3 && minding(tokens, i - 3)) {
                flag[i] = true;
            }
        }
    }

    /** A verb of minding at {@code from} or in the next word ("passen", "te passen"). */
    private static boolean minding(List<Token> tokens, int from) {
        for (int k = from; k >= 0 && k < tokens.size() && k < from + WINDOW; k++) {
            if (tokens.get(k).isWord() && MINDING.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }
}
