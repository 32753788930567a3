package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 21 (t21-names): a child's given name that is also an organisation of the lists ("Timon", "Neos", "Odion"),
 * as one item of a list of children: "Kinderen: Sanne (12), Timon (gezinshuis), Mees (4)", "De kinderen zijn Sanne
 * (thuis), Timon (gezinshuis) en Mees (pleeggezin)". The word is a listed given name, followed by a bracket, and a
 * neighbouring item of the same list (over a comma or "en") is a name already found with its own bracket (not an
 * initial: review, "S. (2014), Timon (gezinshuis); B. (2016), Pluryn (leefgroep)" pairs a child with a provider); a word for
 * children opens the sentence before it. A list of providers ("Aanbieders: Timon (gezinshuis), Pluryn (ambulant)")
 * has no child's name beside it and no children word, and stays. Stateless.
 */
final class ChildNamedLikeOrganisation {

    private static final Set<String> CHILDREN = WordSets.of("kinderen", "kids", "kind", "zoons", "zonen", "dochters",
            "jongens", "meisjes", "broers", "zussen", "broertjes", "zusjes", "gezinsleden", "minderjarigen",
            "jeugdigen", "pleegkinderen");
    private static final int MAX_BRACKET = 6;

    private ChildNamedLikeOrganisation() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i + 2 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !words.isFirstName(t.text())
                    || words.isPlace(t.lower()) || !tokens.get(i + 1).is('(')) {
                continue;
            }
            int close = close(tokens, i + 1);
            if (close < 0 || !childrenWordBefore(tokens, i)) {
                continue;
            }
            if (flaggedItemBefore(tokens, i - 1, flag) || flaggedItemAfter(tokens, close + 1, flag)) {
                flag[i] = true;
            }
        }
    }

    private static int close(List<Token> tokens, int open) {
        for (int k = open + 1; k < tokens.size() && k <= open + MAX_BRACKET; k++) {
            if (tokens.get(k).is(')')) {
                return k;
            }
            if (tokens.get(k).is('(')) {
                return -1;
            }
        }
        return -1;
    }

    /** "Sanne (12), Timon": the item before the separator at {@code sep} is a flagged name with a bracket. */
    private static boolean flaggedItemBefore(List<Token> tokens, int sep, boolean[] flag) {
        if (sep < 1 || !separator(tokens.get(sep)) || !tokens.get(sep - 1).is(')')) {
            return false;
        }
        for (int k = sep - 2; k >= 1 && k >= sep - 1 - MAX_BRACKET; k--) {
            if (tokens.get(k).is('(')) {
                return flag[k - 1];
            }
        }
        return false;
    }



    /** "Timon (gezinshuis), Mees (4)": the item after the separator at {@code sep} is a flagged name with a bracket. */
    private static boolean flaggedItemAfter(List<Token> tokens, int sep, boolean[] flag) {
        return sep + 2 < tokens.size() && separator(tokens.get(sep)) && flag[sep + 1] && tokens.get(sep + 2).is('(');
    }

    private static boolean separator(Token t) {
        return t.is(',') || t.isWord() && t.lower().equals("en");
    }

    private static boolean childrenWordBefore(List<Token> tokens, int i) {
        for (int k = i - 1; k >= 0; k--) {
            Token w = tokens.get(k);
            if (w.is('.') && k + 1 < tokens.size() && tokens.get(k + 1).sentenceStart()) {
                return false;
            }
            if (w.isWord() && CHILDREN.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }
}
