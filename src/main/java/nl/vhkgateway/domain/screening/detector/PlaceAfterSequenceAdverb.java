package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 23 rule (t23-places): a second place after an adverb of sequence that leaves out the verb of the first clause
 * ("Gezin woont in Arnhem-Presikhaaf, daarvoor Malburgen.", "ZE WONEN NU IN HOEVEN, DAARVOOR WAGENBERG", "De oom is
 * gevlucht via Khartoum en Tripoli, daarna Lampedusa."). The clause before names a place after a place preposition;
 * "daarvoor X" repeats that clause with another place, as "oma woont in Diever, de tante in Vledder" does with another
 * subject ({@link ElidedResidenceClause}). A clearing rule:
 * <ul>
 * <li>shape: a comma, an adverb of sequence ({@code ADVERBS}: daarvoor, daarna, voorheen, eerder, later, vervolgens,
 * toen, nu ...), then X, and X closes the sentence (its end, a period, a semicolon) or is joined by "en" to a second
 * such word;</li>
 * <li>before the comma, in the same sentence, a place preposition (in, uit, naar, via, vanuit, te) with a place right
 * after it that the detector did not flag (a word of a place list, a hyphenated place, a place of two words);</li>
 * <li>X is a word of a place list (also one that is a name elsewhere: {@code places-also-names.txt}, the villages,
 * {@link VillageSurnames}, places abroad) or a word of no list with a Dutch place-name ending ("Malburgen"); never a
 * listed given name ("daarna Sanne") and never a surname of no place list ("daarna Jansen" keeps its flag);</li>
 * <li>no person evidence around X ({@link PlacesBySurroundings#personAround}).</li>
 * </ul>
 * Stateless.
 */
final class PlaceAfterSequenceAdverb {

    private static final Set<String> ADVERBS = WordSets.of("daarvoor", "daarna", "voorheen", "eerder", "later",
            "vervolgens", "toen", "nu", "sindsdien", "voordien", "daarvóór", "tevoren");
    private static final Set<String> PREPOSITIONS = WordSets.of("in", "uit", "naar", "via", "vanuit", "te");

    private PlaceAfterSequenceAdverb() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 2; i < n; i++) {
            if (!flag[i] || !tokens.get(i - 1).isWord() || !ADVERBS.contains(tokens.get(i - 1).lower())
                    || !tokens.get(i - 2).is(',')) {
                continue;
            }
            int second = closes(tokens, i);
            if (second == -1 || !place(tokens.get(i), words) || second > i && !place(tokens.get(second), words)
                    || !placeBefore(tokens, flag, words, i - 2)
                    || PlacesBySurroundings.personAround(tokens, role, words, second > i ? second : i)) {
                continue;
            }
            flag[i] = false;
            if (second > i) {
                flag[second] = false;
            }
        }
    }

    /** i when X closes the sentence, the index of Y in "X en Y" closing it, or -1. */
    private static int closes(List<Token> tokens, int i) {
        int n = tokens.size();
        if (end(tokens, i + 1)) {
            return i;
        }
        if (i + 2 < n && tokens.get(i + 1).isWord() && tokens.get(i + 1).lower().equals("en")
                && tokens.get(i + 2).isWord() && tokens.get(i + 2).capitalised() && end(tokens, i + 3)) {
            return i + 2;
        }
        return -1;
    }

    private static boolean end(List<Token> tokens, int k) {
        return k >= tokens.size() || tokens.get(k).is('.') || tokens.get(k).is(';') || tokens.get(k).is('!');
    }

    private static boolean place(Token t, WordLists words) {
        if (!t.isWord() || !t.capitalised()) {
            return false;
        }
        String lower = t.lower();
        if (words.isFirstName(NameClassifier.capitalise(lower)) || words.isFirstNameLower(lower)
                || words.isKinOrRole(lower) || words.isTitle(lower)) {
            return false;
        }
        return words.isPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower)
                || VillageSurnames.contains(lower) || words.isAbroad(lower)
                || PlacesBySurroundings.unknown(t, words) && PlacesBySurroundings.placeEnding(lower);
    }

    /** A place preposition and an unflagged capitalised word after it in the sentence before the comma. */
    private static boolean placeBefore(List<Token> tokens, boolean[] flag, WordLists words, int comma) {
        for (int k = comma - 1; k >= 1; k--) {
            Token t = tokens.get(k);
            if (t.endsSentence()) {
                return false;
            }
            Token before = tokens.get(k - 1);
            if (t.isWord() && t.capitalised() && !flag[k] && before.isWord()
                    && PREPOSITIONS.contains(before.lower()) && knownPlace(tokens, words, k)) {
                return true;
            }
        }
        return false;
    }

    /** A word of a place list, or the first word of a hyphenated or two-word name of one ("Arnhem-Presikhaaf"). */
    private static boolean knownPlace(List<Token> tokens, WordLists words, int k) {
        String lower = tokens.get(k).lower();
        return words.isPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower)
                || VillageSurnames.contains(lower) || words.isAbroad(lower);
    }
}
