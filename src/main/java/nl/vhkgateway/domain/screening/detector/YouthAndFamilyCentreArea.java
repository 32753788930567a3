package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 16 rule (r16-allow): "Jeugd en Gezin" with capitals is part of an organisation's name ("Buurtteam Jeugd en
 * Gezin Zuilen", "Centrum voor Jeugd en Gezin Overvecht"), not the family title "gezin" before a surname: the
 * capitalised word after it is the area the team serves. An unflag rule: "Jeugd" + "en"/"&" + "Gezin", all as
 * written, and one capitalised word right after it that is no given name or weak name. The family title in lower case
 * ("het gezin Zuilen", "jeugd en gezin Jansen") and any other word before "Gezin" keep the flag. Stateless.
 */
final class YouthAndFamilyCentreArea {

    private static final Set<String> AND = Set.of("en", "&");

    private YouthAndFamilyCentreArea() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int k = 3; k < n; k++) {
            Token area = tokens.get(k);
            if (!flag[k] || !area.isWord() || !area.capitalised() || area.allCaps()
                    || !tokens.get(k - 1).text().equals("Gezin") || !AND.contains(tokens.get(k - 2).text())
                    || !tokens.get(k - 3).text().equals("Jeugd")) {
                continue;
            }
            String lower = WordLists.lower(area.text());
            if (!words.isFirstName(area.text()) && !words.isFirstNameLower(lower) && !words.isWeakName(lower)) {
                flag[k] = false;
            }
        }
    }
}
