package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 25 (t25-items): a family word, the lower-case particle "de" and a capitalised trade or office of {@code
 * office-trade-surnames.txt} ("Buurman de Graaf heeft ...", "oom de Koning", "tante de Bisschop"): the surname with its
 * particle. The detector's rules after a family word read a listed surname after "de" ("buurman de Jong"), but the
 * trade and office words are classed as roles and titles; after a family word and "de" the capital says name ("de
 * koning" of a country, "de bakker" of the street are written in lower case). Not in capitals (a heading), not after a
 * professional's role word, not where the office opens a longer listed phrase. Stateless.
 */
final class KinParticleOfficeSurname {

    private static final Set<String> SURNAMES = WordLists.lowerCaseSet("office-trade-surnames.txt");

    private KinParticleOfficeSurname() {
    }

    static void flag(List<Token> tokens, boolean[] coveredOrganisation, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token kin = tokens.get(i);
            Token de = tokens.get(i + 1);
            Token head = tokens.get(i + 2);
            if (!kin.isWord() || !words.isKinOrRole(kin.lower())
                    || BirthDateDetector.PROFESSIONAL_ROLES.contains(kin.lower()) || !de.isWord()
                    || !de.text().equals("de") || !head.isWord() || !head.capitalised() || head.allCaps()
                    || flag[i + 2] || coveredOrganisation[i + 2]) {
                continue;
            }
            String lower = head.lower();
            if (!SURNAMES.contains("de " + lower) && !SURNAMES.contains(lower)
                    || words.allowed().match(tokens, i + 2).length() > 1) {
                continue;
            }
            flag[i + 1] = true;
            flag[i + 2] = true;
        }
    }
}
