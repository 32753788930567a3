package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 22 rule (t22-places): a note on where the family lives that opens with the place ("Vathorst, nieuwbouw,
 * weinig netwerk", "Velserbroek – nieuwe huurwoning sinds de zomer", "Schoonhoven, flat bij het station"). In a field
 * or line about housing the first word names the place and the dwelling follows it. A clearing rule:
 * <ul>
 * <li>shape: the word opens its line (the first token of the segment), then a comma, colon or spaced dash, then within
 * three words a lower-case dwelling noun of {@code DWELLINGS} (nieuwbouw, huurwoning, eengezinswoning, flat,
 * appartement, woonboot, stacaravan, woonwagen ...), with only articles and adjectives before it ("nieuwe
 * huurwoning", "een kleine flat");</li>
 * <li>the word is one a place list holds (the context-free places, {@code places-also-names.txt}, the villages) or a
 * word that no list holds with the ending of a Dutch place or district name ({@link PlacesBySurroundings#placeEnding}:
 * "Vathorst"); never a word that a name list holds (review rb, 09:28: "Herpen, flat met zijn nieuwe vriendin" is how a
 * card lists where a parent lives, so no village that is a surname too), never a word of no place list ("Jansen,
 * huurwoning" and "Kowalczyk, flat" stay names), and no possessive or personal pronoun in the line.</li>
 * </ul>
 * Stateless.
 */
final class PlaceBeforeDwellingNote {

    private static final Set<String> DWELLINGS = WordSets.of("nieuwbouw", "nieuwbouwwoning", "huurwoning",
            "koopwoning", "eengezinswoning", "rijtjeshuis", "hoekwoning", "tussenwoning", "flat", "portiekflat",
            "galerijflat", "flatwoning", "appartement", "bovenwoning", "benedenwoning", "woonboot", "stacaravan",
            "woonwagen", "seniorenwoning", "huurhuis", "maisonnette");
    private static final Set<String> FILLERS = WordSets.of("een", "de", "het", "nieuwe", "kleine", "grote", "oude",
            "ruime", "krappe", "eigen", "tijdelijke", "sociale");
    private static final Set<String> PRONOUNS = WordSets.of("zijn", "haar", "z'n", "d'r", "hij", "zij", "hem",
            "hun");
    private static final int WINDOW = 3;

    private PlaceBeforeDwellingNote() {
    }

    /** A possessive or personal pronoun anywhere in the line ("flat met zijn nieuwe vriendin"). */
    private static boolean pronoun(List<Token> tokens) {
        for (Token t : tokens) {
            if (t.isWord() && PRONOUNS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        if (n < 3 || !flag[0]) {
            return;
        }
        Token t = tokens.get(0);
        Token sep = tokens.get(1);
        if (!t.isWord() || !t.capitalised() || t.allCaps()
                || !(sep.is(',') || sep.is(':') || sep.is('–') || sep.is('-') && sep.spaceBefore())) {
            return;
        }
        String lower = WordLists.lower(t.text());
        if (words.isFirstName(t.text()) || words.isFirstNameLower(lower)) {
            return;
        }
        boolean listed = words.isPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower);
        if (!listed && !(PlacesBySurroundings.unknown(t, words) && PlacesBySurroundings.placeEnding(lower))
                || PlacesBySurroundings.personListed(t, words) || pronoun(tokens)) {
            return; // review (rb, 09:28): "Herpen, flat met zijn nieuwe vriendin" is where a parent lives
        }
        for (int k = 2; k < n && k < 2 + WINDOW; k++) {
            Token w = tokens.get(k);
            if (!w.isWord() || w.capitalised()) {
                return;
            }
            if (DWELLINGS.contains(w.lower())) {
                flag[0] = false;
                return;
            }
            if (!FILLERS.contains(w.lower())) {
                return;
            }
        }
    }
}
