package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 21 (t21-items): a department or domain of work named after a professional's role noun, capitalised words that
 * are ordinary Dutch nouns joined by "en" or "&": "De consulent Werk en Inkomen is op de hoogte", "medewerker Jeugd en
 * Gezin", "klantmanager Zorg & Welzijn", "afdeling Wonen en Zorg". Both words must be domains of municipal and care
 * work of a closed list (review round 21: "Casemanager Haan en Kok bezochten het gezin" are two people); a listed
 * given name or frequent word surname keeps its flag, and so does a pair followed by another capitalised word.
 * Stateless.
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
        return t.isWord() && t.capitalised() && !t.allCaps() && DOMAINS.contains(t.lower())
                && !words.isFirstName(t.text()) && !SurnameBeforeOrganisationCall.frequentWordSurname(t.lower());
    }

    /**
     * Review round 21: only the domains of municipal and care work ("Casemanager Haan en Kok bezochten ..." are two
     * people whose surnames are words). Typed from general knowledge of Dutch municipal departments (CC0).
     */
    private static final Set<String> DOMAINS = Set.of("werk", "inkomen", "zorg", "welzijn", "jeugd", "gezin", "wonen",
            "onderwijs", "veiligheid", "participatie", "schulden", "schuldhulp", "schuldhulpverlening", "armoede",
            "sport", "cultuur", "leefomgeving", "ondersteuning", "begeleiding", "opvoeding", "samenleving", "economie",
            "financiën", "handhaving", "toezicht", "preventie", "gezondheid", "maatschappij", "burgerzaken",
            "dienstverlening", "integratie", "inburgering", "werkgelegenheid", "leerplicht", "huisvesting", "vergunningen",
            "ruimte", "openbare", "orde", "sociaal", "domein", "jongeren", "ouderen", "mantelzorg", "re-integratie");
}
