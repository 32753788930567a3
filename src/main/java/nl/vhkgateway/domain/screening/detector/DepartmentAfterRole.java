package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 21 (t21-items): a department or domain of work named after a professional's role noun, capitalised words that
 * are ordinary Dutch nouns joined by "en" or "&": "De consulent Werk en Inkomen is op de hoogte", "medewerker Jeugd en
 * Gezin", "klantmanager Zorg & Welzijn", "afdeling Wonen en Zorg". Two people after one role noun ("juf Bakker en
 * Visser") are not written so; still a word that is a listed given name or a frequent surname that is also a word
 * ("Bakker", "Visser", "de Vries") keeps its flag, and so does a pair followed by another capitalised word. Stateless.
 */
final class DepartmentAfterRole {

    private static final Set<String> ROLES = Set.of("consulent", "consulente", "medewerker", "medewerkster",
            "klantmanager", "casemanager", "regisseur", "coördinator", "coordinator", "teamleider", "afdeling",
            "team", "loket", "adviseur", "beleidsmedewerker", "manager", "directeur", "hoofd", "sector", "dienst",
            "werkgroep", "portefeuillehouder", "wethouder");

    private DepartmentAfterRole() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 1; i + 2 < n; i++) {
            Token role = tokens.get(i - 1);
            Token first = tokens.get(i);
            Token and = tokens.get(i + 1);
            Token second = tokens.get(i + 2);
            if (!flag[i] && !flag[i + 2] || !role.isWord() || !ROLES.contains(role.lower())
                    || !(and.isWord() && and.lower().equals("en") || and.is('&'))
                    || !department(first, words) || !department(second, words)) {
                continue;
            }
            if (i + 3 < n && tokens.get(i + 3).isWord() && tokens.get(i + 3).capitalised()) {
                continue; // "consulent Werk en Inkomen Jansen": a name after the department
            }
            flag[i] = false;
            flag[i + 2] = false;
        }
    }

    private static boolean department(Token t, WordLists words) {
        return t.isWord() && t.capitalised() && !t.allCaps() && words.isDutchWord(t.lower())
                && !words.isFirstName(t.text()) && !SurnameBeforeOrganisationCall.frequentWordSurname(t.lower());
    }
}
