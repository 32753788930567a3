package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 23 (t23-items): the second surname of a pair joined by "en" (or "&amp;") to a flagged name, when it opens
 * with a capitalised particle ("ouders Folkertsma en Van Dellen", "de families Bakker en De Wit", "Kuipers &amp; Van
 * der Veen"): two persons named together; {@link CoordinatedGivenName} reads a pair whose flagged side is a given
 * name and a word without a particle. The particles (one to three: "Van", "Van der", "Van 't") must be followed by a
 * capitalised word; none of them may lie inside a listed place or organisation ("Jansen en Den Haag" has "Den Haag",
 * "Bakker en De Kleine Wereld" a listed childcare), and the word is no kin, role, title or function word. Runs
 * last, after the clearing steps: the name beside it is flagged by then, so the sentence is refused already and the
 * rule only completes the finding. Stateless and thread-safe.
 */
final class ParticleSurnameInPair {

    private ParticleSurnameInPair() {
    }

    static void flag(List<Token> tokens, boolean[] covered, boolean[] coveredOrganisation, WordLists words,
                     boolean[] flag) {
        int n = tokens.size();
        for (int y = 0; y + 3 < n; y++) {
            Token name = tokens.get(y);
            Token and = tokens.get(y + 1);
            if (!flag[y] || !name.isWord() || !name.capitalised()
                    || !(and.isWord() && and.text().equals("en") || and.is('&'))) {
                continue;
            }
            int x = y + 2;
            int particles = 0;
            while (x < n && particles < 3 && particle(tokens.get(x), words) && !covered[x] && !coveredOrganisation[x]) {
                x++;
                particles++;
            }
            if (particles == 0 || x >= n || flag[x]) {
                continue;
            }
            Token surname = tokens.get(x);
            String lower = surname.lower();
            if (!surname.isWord() || !surname.capitalised() || surname.text().length() < 2 || covered[x]
                    || coveredOrganisation[x] || NameClassifier.isFunctionWord(lower) || words.isKinOrRole(lower)
                    || words.isTitle(lower) || words.isTussenvoegsel(lower)) {
                continue;
            }
            for (int k = y + 2; k <= x; k++) {
                flag[k] = true;
            }
        }
    }

    /** A particle written as a surname's first word: "Van", "De", "der" after "Van", "'t". */
    private static boolean particle(Token t, WordLists words) {
        return t.isWord() && words.isTussenvoegsel(t.lower()) && !t.allCaps() || t.text().equals("'t");
    }
}
