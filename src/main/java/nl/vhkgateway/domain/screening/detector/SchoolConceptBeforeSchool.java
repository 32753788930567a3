package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 26 (t26-held): an educational concept named after its founder or method before a school word: "naar Jenaplan
 * basisschool De Pelikaan", "de Montessori kleuterschool", "Dalton-onderwijs", "een Vrije school". A word of {@code
 * school-concepts.txt} right before a lower-case school word ({@link #SCHOOL_WORDS}, also joined by a hyphen) names the
 * kind of school, no person. Stays: the concept word in another slot ("juf Montessori", "Dalton belde"), a kin word or
 * title before it ("mevrouw Montessori basisschool" is not written). Stateless.
 */
final class SchoolConceptBeforeSchool {

    private static final Set<String> CONCEPTS = WordLists.lowerCaseSet("school-concepts.txt");
    private static final Set<String> SCHOOL_WORDS = Set.of("basisschool", "school", "scholen", "basisscholen",
            "onderwijs", "kleuterschool", "peuterspeelzaal", "peutergroep", "kinderopvang", "lyceum", "college",
            "klas", "klassen", "afdeling", "stroom", "methode", "pedagogiek", "onderbouw", "bovenbouw", "kindcentrum",
            "opvang", "kinderdagverblijf", "kdv", "bso");

    private SchoolConceptBeforeSchool() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || !CONCEPTS.contains(t.lower())
                    || i > 0 && (role[i - 1] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0) {
                continue;
            }
            int k = i + 1;
            if (tokens.get(k).is('-') && !tokens.get(k).spaceBefore() && k + 1 < n) {
                k++;
            }
            Token school = tokens.get(k);
            if (school.isWord() && !school.capitalised() && SCHOOL_WORDS.contains(school.lower())) {
                flag[i] = false;
            }
        }
    }
}
