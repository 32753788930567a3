package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 18 rule (r18-allow): a capitalised word that no list knows at all (no given name, surname or weak name, no
 * word, no place) and that ends like a Dutch neighbourhood or new-town district, "-wijk", "-wold" or "-wolde"
 * ("Zuiderzeewijk", "Oosterwold", "Kruidenwijk"), names that neighbourhood: such words are how towns name their parts,
 * and a surname with such an ending is held by the surname lists or written after a particle. Only where a list or a heading
 * of places holds it: before it a place preposition ("naar"), a town of the context-free list that no name list holds
 * ("Almere Oosterwold"), or a separator ("-", ",", ":", "/") with a town or a place label on its other side ("Lelystad,
 * Kortewold", "Buurt: Scherwijk"; another word of this shape is no anchor: "Kortewold - Hazewold" may be two persons); after it the end or a
 * separator. Any
 * other word before ("samen met Oosterwold", "bij Oosterwold thuis", "van Zuiderzeewijk", "Sanne Oosterwold", "Contactpersoon: Grevewold", "Vader - Zandwold -", "Oppas, Ravenswold,"), any
 * word after ("Oosterwold slaat moeder"), person evidence ({@link PlacesBySurroundings#personAround}: "oom
 * Kruidenwijk", "Kruidenwijk (12)", "Kruidenwijk, de vriend van moeder") and every word a name list holds ("Boswijk")
 * keep the flag. Stateless.
 */
final class NeighbourhoodName {

    private static final List<String> ENDINGS = List.of("wijk", "wold", "wolde");
    private static final int MIN_STEM = 4;
    /** What may stand around a neighbourhood in a list or heading ("Lelystad, Zuiderzeewijk:", "Buurt: Scherwijk"). */
    private static final Set<String> SEPARATORS = Set.of("-", "–", "—", ",", "/", ":", ";", "|", ".");
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

    /**
     * What stands before the word: a place preposition ("naar"), a town of the context-free list that no name list
     * holds ("Almere Oosterwold"), or a separator whose other side is such a town or a place label ("Lelystad, Kortewold",
     * "Buurt: Scherwijk"). At the start of the segment, a separator and such a place must follow ("Kortewold, Lelystad").
     * Another word of the same shape is no anchor: "Kortewold - Hazewold", "Betrokkenen: Kortewold, Hazewold" may be
     * two persons (review). A person label or kin
     * word before the separator ("Contactpersoon: Grevewold", "Vader - Zandwold -", "Oppas, Ravenswold,") is none.
     */
    private static boolean placeBefore(List<Token> tokens, WordLists words, int i) {
        if (i == 0) {
            return tokens.size() > 2 && SEPARATORS.contains(tokens.get(1).text()) && placeSide(tokens.get(2), words);
        }
        Token b = tokens.get(i - 1);
        if (b.isWord()) {
            return PLACE_PREPOSITIONS.contains(b.lower()) || town(b, words);
        }
        return SEPARATORS.contains(b.text()) && i >= 2 && placeSide(tokens.get(i - 2), words);
    }

    private static boolean placeSide(Token t, WordLists words) {
        return t.isWord() && (PLACE_LABELS.contains(t.lower()) || town(t, words));
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
