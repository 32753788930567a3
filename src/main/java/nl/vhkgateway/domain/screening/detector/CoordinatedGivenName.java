package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 19 (r19-names): a capitalised word joined by "en" (or "&amp;") to a flagged given name is the other person of
 * the pair ("Frans en Ria Notermans", "bij Ank en Henk", "Henk en Ank"), even when a list calls the word a language,
 * a place that is also a name, or a dictionary word. Two persons are named together; a language, a place or a thing
 * is not joined to a given name by "en" ("spreekt Frans en Engels" has no given name beside it). The word must not
 * be a function, kin, role or title word, a particle, a listed organisation or a listed place (a listed given name
 * may be either: "Frans"); at a sentence start only a listed given name counts ("Frans en Ria komen"). Runs last:
 * the given name beside it is flagged by then, so the sentence is refused already and the rule only completes the
 * finding (it cannot refuse an allowed sentence on its own). Round 25: the English "and" too. Stateless.
 */
final class CoordinatedGivenName {

    private CoordinatedGivenName() {
    }

    static void flag(List<Token> tokens, boolean[] covered, boolean[] coveredOrganisation, WordLists words,
                     boolean[] flag) {
        int n = tokens.size();
        for (int y = 0; y < n; y++) {
            if (!flag[y] || !givenName(tokens.get(y), words)) {
                continue;
            }
            if (y >= 2 && conjunction(tokens.get(y - 1))) {
                consider(tokens, covered, coveredOrganisation, words, flag, y - 2);
            }
            if (y + 2 < n && conjunction(tokens.get(y + 1))) {
                consider(tokens, covered, coveredOrganisation, words, flag, y + 2);
            }
        }
    }

    private static void consider(List<Token> tokens, boolean[] covered, boolean[] coveredOrganisation,
                                 WordLists words, boolean[] flag, int x) {
        Token t = tokens.get(x);
        if (flag[x] || !t.isWord() || !t.capitalised() || t.allCaps() || t.text().length() < 2
                || !TelegramWords.letters(t.lower())) {
            return;
        }
        String lower = t.lower();
        if (NameClassifier.isFunctionWord(lower) || words.isKinOrRole(lower) || words.isTitle(lower)
                || words.isTussenvoegsel(lower)) {
            return;
        }
        boolean listed = words.isFirstName(t.text());
        boolean start = x == 0 || t.sentenceStart();
        if (!listed && (start || covered[x] || coveredOrganisation[x] || words.isDomesticPlace(lower))) {
            return;
        }
        flag[x] = true;
    }

    private static boolean givenName(Token t, WordLists words) {
        return t.isWord() && t.capitalised() && words.isFirstName(NameClassifier.stripPossessive(t.text()));
    }

    private static boolean conjunction(Token t) {
        // round 25 (t25-items): the English "and" of a card written partly in English ("the twins Aiko and Ren")
        return t.isWord() && (t.text().equals("en") || t.text().equals("and")) || t.is('&');
    }
}
