package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 16 rule (fix16-allow): a place whose listed name is written with a hyphen and a capital after it
 * ("Vleuten-De Meern", in capitals "VLEUTEN-DE MEERN" in a header) is split by the tokenizer into a word that a name list
 * knows ("Vleuten") and a particle; the whole, as the place list or the proper-name phrases of
 * {@code proper-phrases.txt} spell it, is the place in any slot (a team's area, a card title, a footer). An unflag rule:
 * <ul>
 * <li>Shape: word, hyphen, word, and at most one more word, all capitalised, whose joined lower-case text is a listed
 * place ({@link WordLists#isPlace}) or proper phrase ({@link WordLists#isProperPhrase}); the longest such phrase wins.</li>
 * <li>Leak guards: a kin word, role or title right before the phrase, or a bracket right after it ("Vleuten-De Meern
 * (oom)"), keeps the flags ("Jeugd en Gezin" before it is the organisation, not the family title); a double surname ("Jansen-De Vries") is no listed place and stays a name.</li>
 * </ul>
 * Stateless.
 */
final class HyphenatedPlacePhrase {

    private static final int MAX_AFTER_HYPHEN = 2;

    private HyphenatedPlacePhrase() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int k = 0; k + 2 < n; k++) {
            Token first = tokens.get(k);
            if (!first.isWord() || !first.capitalised() || !tokens.get(k + 1).is('-') || kinBefore(tokens, k, words)) {
                continue;
            }
            int end = phraseEnd(tokens, k, words);
            if (end < 0 || end + 1 < n && tokens.get(end + 1).is('(')) {
                continue;
            }
            for (int m = k; m <= end; m++) {
                flag[m] = false;
            }
            k = end;
        }
    }

    /** Last token of the longest listed place phrase "w1-w2 [w3]" starting at {@code k}, or -1. */
    private static int phraseEnd(List<Token> tokens, int k, WordLists words) {
        StringBuilder text = new StringBuilder(tokens.get(k).lower()).append('-');
        int found = -1;
        for (int m = k + 2, count = 0; m < tokens.size() && count < MAX_AFTER_HYPHEN; m++, count++) {
            Token t = tokens.get(m);
            if (!t.isWord() || !t.capitalised()) {
                break;
            }
            if (count > 0) {
                text.append(' ');
            }
            text.append(t.lower());
            String lower = text.toString();
            if (words.isPlace(lower) || words.isProperPhrase(lower)) {
                found = m;
            }
        }
        return found;
    }

    private static boolean kinBefore(List<Token> tokens, int k, WordLists words) {
        if (k == 0) {
            return false;
        }
        Token before = tokens.get(k - 1);
        return before.isWord() && (words.isKinOrRole(before.lower()) || words.isTitle(before.lower()))
                && !youthAndFamily(tokens, k - 1);
    }

    /** "Jeugd en Gezin" (also in capitals): the organisation's name, not the family title "gezin" before a surname. */
    private static boolean youthAndFamily(List<Token> tokens, int gezin) {
        return gezin >= 2 && tokens.get(gezin).capitalised() && tokens.get(gezin).lower().equals("gezin")
                && (tokens.get(gezin - 1).lower().equals("en") || tokens.get(gezin - 1).is('&'))
                && tokens.get(gezin - 2).capitalised() && tokens.get(gezin - 2).lower().equals("jeugd");
    }
}
