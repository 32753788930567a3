package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 16 rule (r16-cards): "Gezin" in the name of a youth-and-family organisation ("Buurtteam Jeugd en Gezin
 * Zuilen", "Centrum voor Jeugd en Gezin Noord", "Team Kind en Gezin") is a word of that name, not the family word that
 * makes the next capitalised word a family's surname ("gezin Zuilen"). It loses its family role when it is written
 * with a capital right after "en" or "&" and a capitalised "Jeugd" or "Kind" ("Jeugd en Gezin", "JEUGD EN GEZIN" in a
 * header). The word after it then reads as any word after an organisation's name does (an area: "... Gezin Overvecht").
 * A lower-case "gezin" ("jeugd en gezin Zuilen", "het gezin Zuilen") and "Gezin" without that pair before it
 * ("Gezin Zuilen", "Jeugd, Gezin Zuilen") keep their role, and so does "Jeugd en Gezin" before a capitalised word
 * without an organisation's word before it ("Jeugd en Gezin Bakker (moeder en 3 kinderen)": a family's file title;
 * leak review rev-allow-356). Stateless.
 */
final class FamilyWordInOrganisationName {

    private static final Set<String> FIRST = Set.of("jeugd", "kind");
    private static final Set<String> FAMILY = Set.of("gezin");
    /** Words that open the organisation's name before "Jeugd en Gezin": "Buurtteam", "CJG", "Centrum voor". */
    private static final Set<String> ORGANISATION = WordSets.of("buurtteam", "wijkteam", "gebiedsteam", "team", "cjg",
            "jeugdteam", "voor", "centrum", "afdeling", "loket");

    private FamilyWordInOrganisationName() {
    }

    /**
     * Clears the bits of {@code familyRoles} (the family word's and the form of address's: "gezin" is both, "gezin
     * Jansen") from the role of such a "Gezin"; the roles are read per token before any step runs.
     */
    static void clearRole(List<Token> tokens, int[] role, int familyRoles) {
        int n = tokens.size();
        for (int i = 2; i < n; i++) {
            Token t = tokens.get(i);
            if ((role[i] & familyRoles) == 0 || !t.isWord() || !t.capitalised() || !FAMILY.contains(t.lower())) {
                continue;
            }
            Token and = tokens.get(i - 1);
            Token first = tokens.get(i - 2);
            if ((and.isWord() && and.lower().equals("en") || and.is('&')) && first.isWord() && first.capitalised()
                    && FIRST.contains(first.lower()) && (organisationBefore(tokens, i - 3) || !capitalisedAfter(tokens, i))) {
                role[i] &= ~familyRoles;
            }
        }
    }

    /** The word before "Jeugd"/"Kind" opens an organisation's name (a family's file title has none: "Jeugd en Gezin Bakker"). */
    private static boolean organisationBefore(List<Token> tokens, int at) {
        return at >= 0 && tokens.get(at).isWord() && ORGANISATION.contains(tokens.get(at).lower());
    }

    /** A capitalised word follows "Gezin" (only then does its role decide anything). */
    private static boolean capitalisedAfter(List<Token> tokens, int at) {
        return at + 1 < tokens.size() && tokens.get(at + 1).isWord() && tokens.get(at + 1).capitalised();
    }
}
