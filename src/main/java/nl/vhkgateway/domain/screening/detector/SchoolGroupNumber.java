package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 14 rule (r14-cards): a school's group or class with its number is no name, also after a teacher's title or
 * "van" ("de juf van Groep 6", "mentor Klas 2B", "leerkracht Groep 7/8"). School forms and notes write the group with
 * a capital; after a title the name rules read the capitalised word as the teacher's surname. A grouping noun
 * (groep, klas, leerjaar, jaargroep, stamgroep, combinatiegroep) followed at once by a number is cleared, and so is a
 * particle flagged only with it ("van Groep 6"). Only these nouns and only before a number: "juf Klaassen van groep
 * 6" keeps Klaassen, "meester Klas" (a given name without a number) is judged as before. Stateless.
 */
final class SchoolGroupNumber {

    private static final Set<String> GROUP_NOUNS = Set.of("groep", "klas", "leerjaar", "jaargroep", "stamgroep",
            "combinatiegroep", "combigroep", "groepen", "klassen");

    private SchoolGroupNumber() {
    }

    static void unflag(List<Token> tokens, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !GROUP_NOUNS.contains(t.lower())) {
                continue;
            }
            Token next = tokens.get(i + 1);
            if (!next.isNumber() || !next.spaceBefore()) {
                continue;
            }
            flag[i] = false;
            for (int k = i - 1; k >= 0 && flag[k] && tokens.get(k).isWord() && isParticle(tokens.get(k)); k--) {
                flag[k] = false;
            }
        }
    }

    private static boolean isParticle(Token t) {
        String lower = t.lower();
        return lower.equals("van") || lower.equals("de") || lower.equals("uit");
    }
}
