package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 21 rule (t21-allow): a place said to lie near the place a sentence has just named ("Oma woont in Groet, vlak bij
 * Schoorl", "Het gezin woont in Lexmond, dicht bij Vianen", "Ze wonen in Ameide, in de buurt van Schoonhoven"). A
 * village that is a surname too stays a name after "bij" alone ("woont in Bakel, bij Gemert": at Gemert's); but "vlak
 * bij", "dicht bij", "vlakbij", "dichtbij", "nabij", "in de buurt van", "niet ver van" and "onder de rook van" after a
 * place give a second place, a position, not a host:
 * <ul>
 * <li>earlier in the sentence a place preposition ("in", "te", "uit", "vanuit") before a capitalised word that the
 * detector left unflagged, i.e. read as a place there ("in Groet", "in Gouda": the anchor);</li>
 * <li>the word after the phrase of nearness is a capitalised word (not in capitals) that a place list holds (the
 * context-free places, {@code places-also-names.txt}, villages, {@link VillageSurnames}), no listed given name;</li>
 * <li>it closes its clause: the end or a punctuation mark other than an opening bracket after it;</li>
 * <li>no person evidence around it ({@link PlacesBySurroundings#personAround}: "vlak bij Schoorl (oom)", "vlak bij
 * Schoorl en zijn vriendin") and no kin word, role or title right before it.</li>
 * </ul>
 * Stateless.
 */
final class NearPlaceAfterPlace {

    private static final Set<String> ONE_WORD_NEAR = WordSets.of("vlakbij", "dichtbij", "nabij");
    private static final Set<String> NEAR_ADVERBS = WordSets.of("vlak", "dicht");
    private static final Set<String> ANCHOR_PREPOSITIONS = WordSets.of("in", "te", "uit", "vanuit");

    private NearPlaceAfterPlace() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps()) {
                continue;
            }
            int start = nearPhraseStart(tokens, i);
            if (start < 0 || !place(t, words) || !closesClause(tokens, i)
                    || PlacesBySurroundings.personAround(tokens, role, words, i)
                    || !anchorBefore(tokens, flag, start)) {
                continue;
            }
            flag[i] = false;
        }
    }

    /** The index of the first word of the phrase of nearness right before i, or -1. */
    private static int nearPhraseStart(List<Token> tokens, int i) {
        if (word(tokens, i - 1, ONE_WORD_NEAR)) {
            return i - 1;
        }
        if (i >= 2 && is(tokens, i - 1, "bij") && word(tokens, i - 2, NEAR_ADVERBS)) {
            return i - 2; // "vlak bij", "dicht bij"
        }
        if (i >= 4 && is(tokens, i - 1, "van") && is(tokens, i - 2, "buurt") && is(tokens, i - 3, "de")
                && is(tokens, i - 4, "in")) {
            return i - 4; // "in de buurt van"
        }
        if (i >= 2 && is(tokens, i - 1, "van") && is(tokens, i - 2, "ver") && i >= 3 && is(tokens, i - 3, "niet")) {
            return i - 3; // "niet ver van"
        }
        if (i >= 4 && is(tokens, i - 1, "van") && is(tokens, i - 2, "rook") && is(tokens, i - 3, "de")
                && is(tokens, i - 4, "onder")) {
            return i - 4; // "onder de rook van"
        }
        return -1;
    }

    /** "in Groet, ...": a place preposition before an unflagged capitalised place earlier in the sentence. */
    private static boolean anchorBefore(List<Token> tokens, boolean[] flag, int before) {
        for (int k = before - 1; k >= 1; k--) {
            Token t = tokens.get(k);
            if (t.is('.') || t.is('!') || t.is('?') || t.is(';')) {
                return false;
            }
            if (t.isWord() && t.capitalised() && !flag[k] && word(tokens, k - 1, ANCHOR_PREPOSITIONS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean place(Token t, WordLists words) {
        String lower = t.lower();
        return !words.isFirstName(t.text()) && !words.isFirstNameLower(lower) && !words.isKinOrRole(lower)
                && !words.isTitle(lower) && (words.isPlaceInContext(lower) || words.isVillage(lower)
                || VillageSurnames.contains(lower));
    }

    private static boolean closesClause(List<Token> tokens, int i) {
        if (i + 1 >= tokens.size()) {
            return true;
        }
        Token next = tokens.get(i + 1);
        return !next.isWord() && !next.isNumber() && !next.is('(');
    }

    private static boolean word(List<Token> tokens, int k, Set<String> set) {
        return k >= 0 && k < tokens.size() && tokens.get(k).isWord() && set.contains(tokens.get(k).lower());
    }

    private static boolean is(List<Token> tokens, int k, String lower) {
        return k >= 0 && k < tokens.size() && tokens.get(k).isWord() && tokens.get(k).lower().equals(lower);
    }
}
