package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 26 (t26-held): a group, school or home named after people, written as a hyphenated compound after an article:
 * "dagbesteding bij de Pepijn en Paulus-groep", "op de Willem-Alexanderschool" is read elsewhere; here "de Anna-groep",
 * "het Jan en Truus-huis", "de Frans en Mien-locatie". An article ("de", "het"), one capitalised word or two joined by
 * "en", then a hyphen and a lower-case head of an institution ({@link #HEADS}) without spaces: the run names the
 * institution. Stays: a name without the article ("Anna-groep belde" keeps nothing special: other rules read it), a
 * head in capitals or with a space before it ("de Anna - groep"), a family's dwelling ("de Jansen-woning", "het
 * Bakker-huis"). Stateless.
 */
final class ArticleNamedInstitutionCompound {

    /**
     * Heads of an organisation's unit; no dwelling ("de Jansen-woning", "het Bakker-huis", "de Smit-hoeve" are a
     * family's home, their surname stays flagged).
     */
    private static final Set<String> HEADS = Set.of("groep", "school", "centrum", "kliniek", "stichting", "college",
            "lyceum", "afdeling", "locatie", "paviljoen", "unit", "kerk", "zaal", "vleugel", "club", "vereniging",
            "fonds");

    private ArticleNamedInstitutionCompound() {
    }

    static void unflag(List<Token> tokens, boolean[] flag) {
        int n = tokens.size();
        for (int h = 3; h < n; h++) {
            Token head = tokens.get(h);
            Token dash = tokens.get(h - 1);
            if (!head.isWord() || head.capitalised() || head.spaceBefore() || !HEADS.contains(head.lower())
                    || !dash.is('-') || dash.spaceBefore()) {
                continue;
            }
            int last = h - 2;
            if (!capital(tokens.get(last))) {
                continue;
            }
            int first = last;
            if (last >= 3 && tokens.get(last - 1).text().equals("en") && capital(tokens.get(last - 2))) {
                first = last - 2;
            }
            if (first < 1 || !tokens.get(first - 1).isWord()
                    || !(tokens.get(first - 1).text().equals("de") || tokens.get(first - 1).text().equals("het"))) {
                continue;
            }
            for (int k = first; k <= h; k++) {
                flag[k] = false;
            }
        }
    }

    private static boolean capital(Token t) {
        return t.isWord() && t.capitalised() && !t.allCaps();
    }
}
