package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 26 (t26-held): a hospital department's acronym as an item after the hospital, also in a line in capitals: "ANNA
 * ZIEKENHUIS GELDROP, SEH, NACHT VAN ZATERDAG OP ZONDAG", "Maasziekenhuis, KNO, ochtend". The acronym is one of
 * {@code care-department-acronyms.txt}, stands between a comma and a comma, full stop, bracket or the end, and a hospital
 * word (a word ending in ziekenhuis, gasthuis, kliniek; "MC", "UMC") stands in the three words before that comma.
 * Stays: an acronym after no hospital ("Moeder, SEH, ..."), a verb after it ("..., SEH belde"), a name of any list.
 * Stateless.
 */
final class DepartmentAfterHospital {

    private DepartmentAfterHospital() {
    }

    static void unflag(String text, List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 2; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !CareDepartmentAcronym.writtenInCapitals(text, t)
                    || !CareDepartmentAcronym.isAcronym(t.lower())
                    || !tokens.get(i - 1).is(',') || words.isFirstName(NameClassifier.capitalise(t.lower()))
                    || words.isSurname(NameClassifier.capitalise(t.lower()))) {
                continue;
            }
            if (i + 1 < n && !(tokens.get(i + 1).is(',') || tokens.get(i + 1).is('.') || tokens.get(i + 1).is('(')
                    || tokens.get(i + 1).is(';'))) {
                continue;
            }
            if (hospitalBefore(tokens, i - 1)) {
                flag[i] = false;
            }
        }
    }

    private static boolean hospitalBefore(List<Token> tokens, int comma) {
        for (int k = comma - 1; k >= 0 && k >= comma - 3; k--) {
            Token w = tokens.get(k);
            if (!w.isWord()) {
                return false;
            }
            String lower = w.lower();
            if (lower.endsWith("ziekenhuis") || lower.endsWith("gasthuis") || lower.endsWith("kliniek")
                    || lower.equals("mc") || lower.equals("umc")) {
                return true;
            }
        }
        return false;
    }
}
