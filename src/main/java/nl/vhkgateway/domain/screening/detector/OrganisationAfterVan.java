package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 12 rule (fix30): "van" before an organisation's name is a preposition, not a surname particle ("De jeugdarts
 * van Dienst Gezondheid & Jeugd", "de medewerker van Bureau Wonen en Zorg"). Cleared: "van", an organisation head
 * written with a capital (Dienst, Bureau, Team, Centrum, Stichting ...) and the capitalised dictionary words after it,
 * when at least one such word follows the head and none of them is a word that a given-name, surname or weak-name
 * list holds. A verb after the name is no person evidence here (the organisation "belt"). Guards: no title or family word (a professional's role is fine: "de jeugdarts van") right before "van" or on the words, no person evidence after the last
 * word, no family apposition after the last word. "mevrouw van Dienst", "de heer Van Dienst Bakker", "van Team Sanne" stay names. Stateless.
 */
final class OrganisationAfterVan {

    private static final Set<String> HEADS = WordSets.of("dienst", "bureau", "team", "centrum", "stichting",
            "afdeling", "loket", "punt", "huis", "vereniging", "sector", "cluster");

    private OrganisationAfterVan() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 1; i + 2 < n; i++) {
            Token van = tokens.get(i);
            Token head = tokens.get(i + 1);
            if (!van.isWord() || !van.lower().equals("van") || van.capitalised() || !head.isWord()
                    || !head.capitalised() || head.allCaps() || !HEADS.contains(head.lower())
                    || (role[i - 1] & PersonNameDetector.TITLE) != 0 || words.isTitle(tokens.get(i - 1).lower())
                    || CoverClauses.familyWord(tokens.get(i - 1).lower(), words)) {
                continue;
            }
            int last = i + 1;
            int k = i + 2;
            while (k < n) {
                Token t = tokens.get(k);
                if (t.isWord() && t.capitalised() && !t.allCaps() && words.isDutchWord(t.lower())
                        && !RelativeGuard.listedName(t, words) && !PlacesBySurroundings.personListed(t, words)
                        && (role[k] & PersonNameDetector.TITLE) == 0
                        && !CoverClauses.familyWord(t.lower(), words)) {
                    last = k;
                    k++;
                } else if ((t.is('&') || t.isWord() && t.lower().equals("en")) && k + 1 < n
                        && tokens.get(k + 1).isWord() && tokens.get(k + 1).capitalised() && last > i + 1) {
                    k++;
                } else {
                    break;
                }
            }
            if (last == i + 1 || RelativeGuard.familyAfter(tokens, words, last)) {
                continue;
            }
            for (int m = i; m <= last; m++) {
                flag[m] = false;
            }
            i = last;
        }
    }
}
