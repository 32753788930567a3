package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 14 rule (r14-places): the province suffix in brackets after a place ("Elst (Utr)", "Bergen (NH)", "Hengelo
 * (Gld)") is no name itself. The older rule already reads the capitalised word before such brackets as a place; an
 * abbreviation that no list knows ("Utr") was still flagged inside the brackets. A word is cleared when the brackets
 * hold nothing but a province suffix of {@link PersonNameDetector#provinceSuffix} (with or without periods) and a
 * capitalised word stands right before the opening bracket. "Jansen (Utr)" keeps the flag of "Jansen", as before;
 * only the suffix is cleared. Stateless.
 */
final class ProvinceInBrackets {

    private ProvinceInBrackets() {
    }

    static void unflag(List<Token> tokens, boolean[] flag) {
        int n = tokens.size();
        for (int open = 1; open + 2 < n; open++) {
            if (!tokens.get(open).is('(') || !tokens.get(open - 1).isWord() || !tokens.get(open - 1).capitalised()
                    || !PersonNameDetector.provinceSuffix(tokens, open)) {
                continue;
            }
            for (int k = open + 1; k < n && !tokens.get(k).is(')'); k++) {
                flag[k] = false;
            }
        }
    }
}
