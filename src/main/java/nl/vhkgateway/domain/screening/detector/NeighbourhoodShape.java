package nl.vhkgateway.domain.screening.detector;

import java.util.Set;

/**
 * Round 24 (t24-places): the shape of a Dutch neighbourhood's name where no gazetteer reaches: a capitalised word
 * (not in capitals) that ends in a place element of {@code neighbourhood-endings.txt} ("-wijk", "-veld", "-hof",
 * "-poort", "-kamp", "-donk" ...) with at least three letters before it and seven in all ("Meerwijk", "Boschveld",
 * "Stevenshof", "Vughterpoort"), and that no given-name list holds. The shape says nothing on its own: surnames such as
 * Nieuwenhof, Boswijk or Vogelpoort have it too, so the rules that read it ({@link NeighbourhoodInPlaceSlot}, {@link
 * VisitBracketPlace}, {@link NeighbourhoodAfterInDe}) read it in a place slot only. Stateless.
 */
final class NeighbourhoodShape {

    private static final Set<String> ENDINGS = WordLists.lowerCaseSet("neighbourhood-endings.txt");
    private static final int MIN_STEM = 3;
    private static final int MIN_LENGTH = 7;

    private NeighbourhoodShape() {
    }

    /** The lower-case word ends in a place element with a stem of three letters or more. */
    static boolean ending(String lower) {
        if (lower.length() < MIN_LENGTH) {
            return false;
        }
        for (String e : ENDINGS) {
            if (lower.endsWith(e) && lower.length() - e.length() >= MIN_STEM) {
                return true;
            }
        }
        return false;
    }

    /**
     * A capitalised word of the shape that is no given name (in any case) and no weak name that is all it is: a listed
     * surname or a word of no list may name a neighbourhood; "Sanne", "Eveline" never.
     */
    static boolean shapedAnyName(Token t, WordLists words) {
        if (!t.isWord() || !t.capitalised() || t.allCaps()) {
            return false;
        }
        String lower = t.lower();
        return ending(lower) && !words.isFirstName(t.text()) && !words.isFirstNameLower(lower)
                && !words.isKinOrRole(lower) && !words.isTitle(lower);
    }

    /**
     * Leaks closed after review (round 24): a word of the shape that a name list holds (a surname such as Nieuwenhof,
     * Steenkamp, Vermeer, Verdonk) counts only when a place list holds it too ("Heesch"); the shape alone clears only
     * a word that no name list holds. The one guard of every slot of {@link NeighbourhoodInPlaceSlot} and {@link
     * VisitBracketPlace}.
     */
    static boolean shaped(Token t, WordLists words) {
        return shapedAnyName(t, words) && (!words.isListedPersonWord(t.text()) || placeListed(t, words));
    }

    /** A word of a place list: a place in context, a village, or a village that is a surname too. */
    static boolean placeListed(Token t, WordLists words) {
        String lower = t.lower();
        return words.isPlaceInContext(lower) || words.isVillage(lower) || VillageSurnames.contains(lower);
    }

    /** A shaped word that no list holds at all (no name, weak name, word or place): the surest anchor of a run. */
    static boolean shapedUnknown(Token t, WordLists words) {
        return shaped(t, words) && PlacesBySurroundings.unknown(t, words);
    }
}
