package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 18 rule (r18-allow): a capitalised word that no list knows at all (no given name, surname or weak name, no
 * word, no place) and that ends like a Dutch neighbourhood or new-town district, "-wijk", "-wold" or "-wolde"
 * ("Zuiderzeewijk", "Oosterwold", "Kruidenwijk"), names that neighbourhood: such words are how towns name their parts,
 * and a surname with such an ending is held by the surname lists or written after a particle. Only where a list or a heading
 * holds it: before it the start of the segment, a separator ("-", ",", ":", "/"), a place preposition ("naar") or a
 * town of the context-free list that no name list holds ("Almere Oosterwold"); after it the end or a separator. Any
 * other word before ("samen met Oosterwold", "bij Oosterwold thuis", "van Zuiderzeewijk", "Sanne Oosterwold"), any
 * word after ("Oosterwold slaat moeder"), person evidence ({@link PlacesBySurroundings#personAround}: "oom
 * Kruidenwijk", "Kruidenwijk (12)", "Kruidenwijk, de vriend van moeder") and every word a name list holds ("Boswijk")
 * keep the flag. Stateless.
 */
final class NeighbourhoodName {

    private static final List<String> ENDINGS = List.of("wijk", "wold", "wolde");
    private static final int MIN_STEM = 4;
    /** What may stand around a neighbourhood in a list or heading ("Atolwijk - Zuiderzeewijk - Waterwijk:"). */
    private static final Set<String> SEPARATORS = Set.of("-", "–", "—", ",", "/", ":", ";", "|", ".");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "uit", "naar", "vanuit", "richting", "nabij");

    private NeighbourhoodName() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !ending(t.lower())
                    || !PlacesBySurroundings.unknown(t, words) || words.isListedPersonWord(t.text())) {
                continue;
            }
            if (i > 0 && !before(tokens.get(i - 1), words) || i + 1 < n && !SEPARATORS.contains(tokens.get(i + 1).text())
                    || PlacesBySurroundings.personAround(tokens, role, words, i)) {
                continue;
            }
            flag[i] = false;
        }
    }

    /**
     * The token right before: a separator of a list or heading, a place preposition, or a town of the context-free
     * list that no name list holds ("Almere Oosterwold"); never a particle or another word ("met", "bij", "van").
     */
    private static boolean before(Token b, WordLists words) {
        if (!b.isWord()) {
            return SEPARATORS.contains(b.text());
        }
        String lower = b.lower();
        if (PLACE_PREPOSITIONS.contains(lower)) {
            return true;
        }
        return b.capitalised() && !b.allCaps() && words.isDomesticPlace(lower) && !words.isListedPersonWord(b.text())
                && !words.isTussenvoegsel(lower);
    }

    private static boolean ending(String lower) {
        for (String e : ENDINGS) {
            if (lower.endsWith(e) && lower.length() >= e.length() + MIN_STEM) {
                return true;
            }
        }
        return false;
    }
}
