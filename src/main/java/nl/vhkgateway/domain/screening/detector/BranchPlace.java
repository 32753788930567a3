package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 14 rule (r14-numbers): the place of an organisation's branch. Right after "vestiging", "locatie",
 * "nevenvestiging", "hoofdvestiging" or "kantoor" (lower case, as a noun of the organisation's site) a capitalised word
 * that a Dutch place list holds is that place, also when a surname list holds it too ("BRIN 17WC, vestiging
 * Assendelft", "locatie Holten"). Guards: a listed given name stays; the word must end its phrase (a full stop, comma,
 * semicolon, bracket, "en" or the end: "vestiging Assendelft Jansen" stays); a kin word or title before the site
 * noun keeps it. Stateless.
 */
final class BranchPlace {

    private static final Set<String> SITE_NOUNS = Set.of("vestiging", "locatie", "nevenvestiging", "hoofdvestiging",
            "kantoor", "hoofdkantoor", "nevenlocatie");

    private BranchPlace() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            Token t = tokens.get(i);
            Token before = tokens.get(i - 1);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !before.isWord()
                    || before.capitalised() || !SITE_NOUNS.contains(before.lower())
                    || i > 1 && (role[i - 2] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0
                    || words.isFirstName(t.text()) || !placeListed(t.lower(), words) || !phraseEnd(tokens, i + 1)) {
                continue;
            }
            flag[i] = false;
        }
    }

    /** A Dutch place of the lists, also one that is a name too and counts as a place only after a place word. */
    private static boolean placeListed(String lower, WordLists words) {
        return words.isDomesticPlace(lower) || words.isPlaceInContext(lower) && !words.isAbroad(lower);
    }

    private static boolean phraseEnd(List<Token> tokens, int j) {
        if (j >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(j);
        return t.is('.') || t.is(',') || t.is(';') || t.is(')') || t.is('(') || t.is('|') || t.is('/')
                || t.isWord() && t.lower().equals("en") || t.sentenceStart();
    }
}
