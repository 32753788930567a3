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
 * <li>the word is one a place list holds (the context-free places, {@code places-also-names.txt}, the villages,
 * {@link VillageSurnames}) or a word that no list holds with the ending of a Dutch place or district name
 * ({@link PlacesBySurroundings#placeEnding}: "Vathorst"); never a listed given name, never a word of no place list
 * ("Jansen, huurwoning" and "Kowalczyk, flat" stay names), never with a family word, role or title before it.</li>
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
    private static final int WINDOW = 3;

    private PlaceBeforeDwellingNote() {
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
        boolean listed = words.isPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower)
                || VillageSurnames.contains(lower);
        if (!listed && !(PlacesBySurroundings.unknown(t, words) && PlacesBySurroundings.placeEnding(lower))) {
            return;
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
