package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 14 rule (r14-places): a word that opens with two or more capitals and goes on in lower case ("WIJeindhoven",
 * "GGZeindhoven", "KOOSmaatwerk") is written as an organisation's brand, never as a person's name: a name in capitals
 * is written all in capitals, a name in ordinary spelling has one capital ("IJsbrand": the digraph IJ counts as one).
 * Guards: the lower-case tail is at least three letters and is a Dutch word or a place ("eindhoven", "doen",
 * "werkt"); the word is no listed given name, surname or weak name, kin word, role or title (a typo with the shift key held,
 * "SAnne", "MOhammed", stays a name); no listed name starts at one of its capitals (initials glued to a surname,
 * "MVerhoeven", "JPJansen", "KBakker": leak review), and its capitals are no surname particle ("TENhoven", "VANdijk"); and no kin word, role or title stands before it, no family word
 * or age in brackets follows it. Stateless.
 */
final class MixedCapitalsOrganisation {

    private static final int MIN_CAPITALS = 2;
    private static final int MIN_TAIL = 3;

    private MixedCapitalsOrganisation() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !brandShape(t.text())) {
                continue;
            }
            if (words.isListedPersonWord(t.text()) || gluedName(t.text(), words)
                    || !knownTail(t.text(), words)
                    || RelativeGuard.kinBefore(tokens, role, words, i) || RelativeGuard.familyAfter(tokens, words, i)) {
                continue;
            }
            flag[i] = false;
        }
    }

    /** Initials glued to a name ("MVerhoeven", "JPJansen", "KBakker"): a listed name starts at one of the capitals. */
    private static boolean gluedName(String text, WordLists words) {
        int run = 0;
        while (run < text.length() && Character.isUpperCase(text.charAt(run))) {
            run++;
        }
        for (int k = 0; k < run; k++) {
            if (words.isTussenvoegsel(WordLists.lower(text.substring(k, run)))) {
                return true; // "TENhoven", "VANdijk": a particle in capitals glued to the surname (leak review)
            }
        }
        for (int k = 1; k < text.length() && Character.isUpperCase(text.charAt(k)); k++) {
            String rest = text.substring(k);
            if (words.isName(NameClassifier.capitalise(WordLists.lower(rest))) || words.isWeakName(WordLists.lower(rest))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The lower-case tail is a Dutch word or a place ("WIJeindhoven", "SAMENdoen", "ZOwerkt"): a brand joins words; an
     * unlisted surname after initials ("MKiplagat") has no such tail.
     */
    private static boolean knownTail(String text, WordLists words) {
        int k = 0;
        while (k < text.length() && Character.isUpperCase(text.charAt(k))) {
            k++;
        }
        String tail = text.substring(k);
        return words.isDutchWord(tail) || words.isPlaceInContext(tail) || words.isDomesticPlace(tail);
    }

    /** Two or more capitals (IJ counted once), then only lower-case letters, at least three. */
    static boolean brandShape(String text) {
        int k = 0;
        int capitals = 0;
        while (k < text.length() && Character.isUpperCase(text.charAt(k))) {
            if (!(k > 0 && text.charAt(k) == 'J' && text.charAt(k - 1) == 'I')) {
                capitals++;
            }
            k++;
        }
        int tail = text.length() - k;
        if (capitals < MIN_CAPITALS || tail < MIN_TAIL) {
            return false;
        }
        for (int m = k; m < text.length(); m++) {
            if (!Character.isLowerCase(text.charAt(m))) {
                return false;
            }
        }
        return true;
    }
}
