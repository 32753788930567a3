package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 10 rule: a place or organisation of the lists written without its diacritics ("Sudwest-Fryslan" for
 * "Súdwest-Fryslân", "Fryslan", "Cote d'Ivoire") is that place or organisation. File names, subjects and text typed in
 * a hurry drop accents; the exact spelling was the only one the lists knew. A single word counts only when it is six
 * letters or more, no listed name and no place that is also a name (places-also-names.txt: "Cordoba"),
 * and never after a family word or a title, so that a name is never read as a place this way.
 */
final class PlacesWithoutDiacritics {

    private static final int MIN_SINGLE_WORD = 6;

    private PlacesWithoutDiacritics() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised()) {
                continue;
            }
            PhraseIndex.Match m = words.allowed().matchWithoutDiacritics(tokens, i);
            if (m.length() == 0 || m.kind() != PhraseIndex.Kind.PLACE && m.kind() != PhraseIndex.Kind.ORGANISATION) {
                continue;
            }
            if (m.length() == 1 && (t.text().length() < MIN_SINGLE_WORD || RelativeGuard.listedName(t, words)
                    || RelativeGuard.kinBefore(tokens, role, words, i))) {
                continue;
            }
            for (int k = i; k < i + m.length(); k++) {
                flag[k] = false;
            }
            if (i > 0 && flag[i - 1] && tokens.get(i - 1).allCaps() && tokens.get(i - 1).text().length() <= 3) {
                flag[i - 1] = false; // "VHK Sudwest-Fryslan": read as initials only because a surname seemed to follow
            }
            i += m.length() - 1;
        }
    }
}
