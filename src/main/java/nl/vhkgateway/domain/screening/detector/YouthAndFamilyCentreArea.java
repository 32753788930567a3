package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 16 rule (r16-allow): "Jeugd en Gezin" with capitals after a team or centre word is part of an organisation's
 * name ("Buurtteam Jeugd en Gezin Zuilen", "Centrum voor Jeugd en Gezin Overvecht"), not the family title "gezin"
 * before a surname: the word after it is the area the team serves. An unflag rule:
 * <ul>
 * <li>Shape: a team or centre word ("Buurtteam", "Wijkteam", "Gebiedsteam", "Team", "CJG", "Centrum voor") +
 * "Jeugd" + "en"/"&amp;" + "Gezin", all capitalised as written, and one capitalised word right after it.</li>
 * <li>That word is a place of a place list ({@link WordLists#isPlaceInContext}, {@link WordLists#isVillage}) and no
 * given name or weak name, with no bracket ("(oma)", "(stiefvader)"), no capitalised word right after it and no relative in an apposition
 * after it ("Buurtteam Jeugd en Gezin Lutten, vader van de jongste, belde": leak review).</li>
 * <li>Leak review: without a team word "Jeugd en Gezin &lt;X&gt;" is also a case title for a family ("Plan van aanpak
 * Jeugd en Gezin Kooistra", "Dossier Jeugd en Gezin Hendriks"): those keep their flag, as a surname of no place list
 * always does.</li>
 * </ul>
 * Stateless.
 */
final class YouthAndFamilyCentreArea {

    private static final Set<String> AND = Set.of("en", "&");
    private static final Set<String> TEAMS = WordSets.of("buurtteam", "wijkteam", "gebiedsteam", "team", "cjg",
            "jeugdteam", "sociaal");

    private YouthAndFamilyCentreArea() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int k = 4; k < n; k++) {
            Token area = tokens.get(k);
            if (!flag[k] || !area.isWord() || !area.capitalised() || area.allCaps()
                    || !tokens.get(k - 1).text().equals("Gezin") || !AND.contains(tokens.get(k - 2).text())
                    || !tokens.get(k - 3).text().equals("Jeugd") || !teamBefore(tokens, k - 3)) {
                continue;
            }
            String lower = WordLists.lower(area.text());
            if ((words.isPlaceInContext(lower) || words.isVillage(lower)) && !words.isFirstName(area.text())
                    && !words.isFirstNameLower(lower) && !words.isWeakName(lower)
                    && !describedAfter(tokens, k) && !RelativeGuard.familyAfter(tokens, words, k)) {
                flag[k] = false;
            }
        }
    }

    /** "... Gezin Rouveen (stiefvader)", "... Gezin Lutten Bakker": a bracket or a second capital after the word. */
    private static boolean describedAfter(List<Token> tokens, int k) {
        if (k + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(k + 1);
        return next.is('(') || next.isWord() && next.capitalised();
    }

    /** "Buurtteam Jeugd", "CJG Jeugd", "Sociaal team Jeugd", "Centrum voor Jeugd". */
    private static boolean teamBefore(List<Token> tokens, int jeugd) {
        Token before = tokens.get(jeugd - 1);
        if (!before.isWord()) {
            return false;
        }
        if (before.lower().equals("voor")) {
            return jeugd >= 2 && tokens.get(jeugd - 2).isWord() && tokens.get(jeugd - 2).lower().equals("centrum");
        }
        return TEAMS.contains(before.lower());
    }
}
