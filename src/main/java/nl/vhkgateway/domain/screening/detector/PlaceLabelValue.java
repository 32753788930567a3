package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 11 rule (allow2): a form label of a place ("Gemeente:", "Woonplaats:", "Plaats:", "Wijk:", "Regio:",
 * "Stadsdeel:", also in capitals) makes its value a place ("GEMEENTE: KESTEREN", "Woonplaats: Boekelo",
 * "wijk: Haaften-Noord, flat aan de rand", "wijk: Haarlem-Schalkwijk, Boerhaavewijk"). The label must open its line or
 * clause; the value is the run of capitalised words (joined by hyphens, a particle or commas) right after the colon.
 * Each value word is a place in place context, a compass part, or a word that no name list holds; a listed given name
 * is never cleared, nor anything with a family word, a bracket or an apposition after it. "Naam: KESTEREN" and
 * "vader: Kesteren" stay names. The card's Gemeente field ("GEMEENTE: KESTEREN" on the cover) is read the same way when
 * it holds nothing but the value. Stateless.
 */
final class PlaceLabelValue {

    static final Set<String> LABELS = WordSets.of("gemeente", "woonplaats", "plaats", "wijk", "regio", "stadsdeel",
            "woonwijk", "dorp", "stad");
    private static final Set<String> PARTICLES = Set.of("aan", "op", "en", "bij", "de", "den", "ter", "ten", "'s");
    private static final int MAX_WORDS = 6;

    private PlaceLabelValue() {
    }

    /**
     * Clears the value after a place label; with {@code municipalityField} (the card's Gemeente field, "GEMEENTE:
     * KESTEREN" on the cover) the segment itself opens with the value.
     */
    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words, boolean municipalityField) {
        int n = tokens.size();
        if (municipalityField) {
            int end = valueEnd(tokens, 0);
            if (end > 0 && (end == n || tokens.get(end).is('.') && end + 1 == n)
                    && acceptable(tokens, role, words, 0, end)) {
                for (int k = 0; k < end; k++) {
                    flag[k] = false;
                }
            }
        }
        for (int i = 0; i + 2 < n; i++) {
            Token label = tokens.get(i);
            if (!label.isWord() || !LABELS.contains(label.lower()) || !tokens.get(i + 1).is(':')
                    || !opensClause(tokens, i)) {
                continue;
            }
            int start = i + 2;
            int end = valueEnd(tokens, start);
            if (end <= start || !acceptable(tokens, role, words, start, end)) {
                continue;
            }
            for (int k = start; k < end; k++) {
                flag[k] = false;
            }
            i = end - 1;
        }
    }

    /** The label is the first token, or follows a line break, ";", "." or "|" (a cell). */
    private static boolean opensClause(List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i).sentenceStart()) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return before.is(';') || before.is('.') || before.is('|') || before.is('\n');
    }

    /** Exclusive end of the value run: capitalised words, hyphens without spaces, commas between places. */
    static int valueEnd(List<Token> tokens, int start) {
        int n = tokens.size();
        int k = start;
        int count = 0;
        int end = start;
        while (k < n && count < MAX_WORDS) {
            Token t = tokens.get(k);
            if (t.isWord() && (t.capitalised() || count > 0 && PARTICLES.contains(t.lower()) && k + 1 < n
                    && tokens.get(k + 1).isWord() && tokens.get(k + 1).capitalised())) {
                count++;
                k++;
                if (t.capitalised()) {
                    end = k;
                }
            } else if (count > 0 && t.is('-') && !t.spaceBefore() && k + 1 < n && !tokens.get(k + 1).spaceBefore()
                    && tokens.get(k + 1).isWord()) {
                k++;
            } else if (count > 0 && t.is(',') && k + 1 < n && tokens.get(k + 1).isWord()
                    && tokens.get(k + 1).capitalised()) {
                k++;
            } else {
                break;
            }
        }
        return end;
    }

    static boolean acceptable(List<Token> tokens, int[] role, WordLists words, int start, int end) {
        int n = tokens.size();
        if (end < n && tokens.get(end).is('(') || RelativeGuard.familyAfter(tokens, words, end - 1)) {
            return false;
        }
        for (int k = start; k < end; k++) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                continue;
            }
            String lower = t.lower();
            String cap = NameClassifier.capitalise(lower);
            if ((role[k] & (PersonNameDetector.KIN | PersonNameDetector.TITLE)) != 0 || words.isKinOrRole(lower)
                    || words.isTitle(lower) || words.isFirstName(t.text()) || words.isFirstName(cap)
                    || words.isFirstNameLower(lower)) {
                return false;
            }
            if (!t.capitalised() || words.isPlaceInContext(lower) || PlaceShapes.compass(lower)
                    || afterHyphenedPlace(tokens, words, start, k)) {
                continue; // "Haarlem-Schalkwijk": a district joined to its town
            }
            if (words.isName(t.text()) || words.isName(cap) || words.isWeakName(lower)) {
                return false;
            }
        }
        return true;
    }

    private static boolean afterHyphenedPlace(List<Token> tokens, WordLists words, int start, int k) {
        return k - 2 >= start && tokens.get(k - 1).is('-') && !tokens.get(k - 1).spaceBefore()
                && !tokens.get(k).spaceBefore() && tokens.get(k - 2).isWord()
                && words.isPlace(tokens.get(k - 2).lower());
    }
}
