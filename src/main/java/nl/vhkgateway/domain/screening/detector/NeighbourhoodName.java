package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 18 rule (r18-allow): a capitalised word that no list knows at all (no given name, surname or weak name, no
 * word, no place) and that ends like a Dutch neighbourhood or new-town district, "-wijk", "-wold" or "-wolde"
 * ("Zuiderzeewijk", "Oosterwold", "Kruidenwijk"), names that neighbourhood: such words are how towns name their parts,
 * and a surname with such an ending is held by the surname lists or written after a particle. Only where a place
 * slot holds it: right after a place preposition ("naar Zuiderzeewijk"), right after a town of the context-free list
 * that no name list holds ("Almere Oosterwold:"), or as the value of a place label ("Buurt: Scherwijk", "Wijk -
 * Kortewold"); after it the end or a separator. Any other word or separator before ("samen met Oosterwold", "bij
 * Oosterwold thuis", "Sanne Oosterwold", "Contactpersoon: Grevewold", "Vader - Zandwold -", "Oppas, Ravenswold,",
 * "Overleg in Zwolle: Dorrewijk, mentor", "in Lelystad, Brakwijk. Hij ontkent"; another word of the same shape is no
 * anchor either: "Kortewold - Hazewold" may be two persons; review), any word after ("Oosterwold slaat moeder"), person
 * evidence ({@link PlacesBySurroundings#personAround}: "oom Kruidenwijk", "Kruidenwijk (12)") and every word a name
 * list holds ("Boswijk")
 * keep the flag. Stateless.
 */
final class NeighbourhoodName {

    private static final List<String> ENDINGS = List.of("wijk", "wold", "wolde");
    private static final int MIN_STEM = 4;
    /** What may follow the neighbourhood ("Almere Oosterwold:", "Buurt: Scherwijk."). */
    private static final Set<String> SEPARATORS = Set.of("-", "–", "—", ",", "/", ":", ";", "|", ".");
    /** What stands between a place label and its value ("Buurt: Scherwijk", "Wijk - Kortewold"). */
    private static final Set<String> LABEL_MARKS = Set.of(":", "-", "–", "|");
    /** Labels of a place before a colon or dash ("Wijk: Kortewold"). */
    private static final Set<String> PLACE_LABELS = Set.of("wijk", "woonwijk", "buurt", "woonplaats", "stadsdeel",
            "dorp", "plaats");
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
            if (!placeBefore(tokens, words, i) || i + 1 < n && !SEPARATORS.contains(tokens.get(i + 1).text())
                    || PlacesBySurroundings.personAround(tokens, role, words, i)) {
                continue;
            }
            flag[i] = false;
        }
    }

    /** A place preposition, a town right before, or a place label and its mark before the word. */
    private static boolean placeBefore(List<Token> tokens, WordLists words, int i) {
        if (i == 0) {
            return false;
        }
        Token b = tokens.get(i - 1);
        if (b.isWord()) {
            return PLACE_PREPOSITIONS.contains(b.lower()) || town(b, words);
        }
        return LABEL_MARKS.contains(b.text()) && i >= 2 && placeLabel(tokens.get(i - 2));
    }

    private static boolean placeLabel(Token t) {
        return t.isWord() && PLACE_LABELS.contains(t.lower());
    }

    private static boolean town(Token b, WordLists words) {
        String lower = b.lower();
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
