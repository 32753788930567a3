package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 25 (t25-items): two relatives named in one pair, "&lt;kin word&gt; X en &lt;kin word&gt; Y" ("Vader Huig en moeder
 * Dirkje gaan", "oom Bram en tante Hoop"): when one of the two names is flagged, the capitalised word in the other
 * relative's slot is that relative's name too, even when a dictionary holds it ("huig", "hoop"). A form writes "Vader
 * Akkoord en moeder Akkoord" with no name on either side, so it stays; so does a place, an organisation or a
 * nationality in the slot ("vader Utrecht en moeder Fatima": where the father lives), a kin word, a title and a
 * professional's role before the word ("juf Roos en moeder Fatima" is read by the rules for professionals). Runs late:
 * the flagged name beside it refuses the sentence already, so the rule completes the finding. Stateless.
 */
final class KinPairName {

    private KinPairName() {
    }

    static void flag(List<Token> tokens, boolean[] covered, boolean[] coveredOrganisation, WordLists words,
                     boolean[] flag) {
        int n = tokens.size();
        for (int y = 4; y < n; y++) {
            // "<kin> X en <kin> Y" with Y flagged: X
            if (flag[y] && family(tokens.get(y - 1), words) && joiner(tokens.get(y - 2))
                    && family(tokens.get(y - 4), words)) {
                consider(tokens, covered, coveredOrganisation, words, flag, y - 3);
            }
        }
        for (int x = 1; x + 3 < n; x++) {
            // "<kin> X en <kin> Y" with X flagged: Y
            if (flag[x] && family(tokens.get(x - 1), words) && joiner(tokens.get(x + 1))
                    && family(tokens.get(x + 2), words)) {
                consider(tokens, covered, coveredOrganisation, words, flag, x + 3);
            }
        }
    }

    private static void consider(List<Token> tokens, boolean[] covered, boolean[] coveredOrganisation,
                                 WordLists words, boolean[] flag, int x) {
        Token t = tokens.get(x);
        if (flag[x] || !t.isWord() || !t.capitalised() || t.allCaps() || t.text().length() < 3 || !t.spaceBefore()
                || !TelegramWords.letters(t.lower()) || coveredOrganisation[x]) {
            return;
        }
        String lower = t.lower();
        if (NameClassifier.isFunctionWord(lower) || words.isKinOrRole(lower) || words.isTitle(lower)
                || words.isTussenvoegsel(lower) || covered[x] && !words.isFirstName(t.text())
                || words.isPlaceInContext(lower) || words.allowed().wordKind(lower).isPresent()) {
            return;
        }
        flag[x] = true;
    }

    private static boolean family(Token t, WordLists words) {
        return t.isWord() && words.isKinOrRole(t.lower()) && !BirthDateDetector.PROFESSIONAL_ROLES.contains(t.lower());
    }

    private static boolean joiner(Token t) {
        return t.is(',') || t.is('&') || t.isWord() && t.lower().equals("en");
    }
}
