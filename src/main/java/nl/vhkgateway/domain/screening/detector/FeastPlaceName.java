package nl.vhkgateway.domain.screening.detector;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Round 23 rule (t23-places): a local feast named by its village or by the town's carnival name ("Paasvuur Espelo 2026:
 * J. had alcohol op.", "Carnaval 2026 (Kielegat): moeder drie dagen weg."). card-format.md allows events and their
 * dates; the word after the feast noun names where it is held, as "Kermis Tilburg" does, and the detector flags it only
 * because no list knows the village or the carnival name. A clearing rule:
 * <ul>
 * <li>shape: a feast noun of {@code FEASTS} (carnaval, paasvuur, kermis, braderie, dorpsfeest, intocht ...), then X and
 * a year or a colon ("Paasvuur Espelo 2026", "Kermis Espelo:"), or the feast noun, a year and X in brackets
 * ("Carnaval 2026 (Kielegat)");</li>
 * <li>X is capitalised and no name list holds it (given names, surnames, weak names: "Kermis Jansen 2026" keeps the
 * flag); review (ra 12:58): X is a word of a place list, a word of no list with a place-name ending, or a town's
 * carnival name ({@code carnival-names.txt}: Kielegat, Oeteldonk), never any other word of no list ("Carnaval 2026
 * (Zarghuna)"); and no person evidence around it ({@link PlacesBySurroundings#personAround}).</li>
 * </ul>
 * Stateless.
 */
final class FeastPlaceName {

    private static final Set<String> FEASTS = WordSets.of("carnaval", "paasvuur", "paasvuren", "kermis", "braderie",
            "dorpsfeest", "oranjefeest", "intocht", "sinterklaasintocht", "avondvierdaagse", "jaarmarkt", "zomerfeest",
            "oogstfeest", "schuttersfeest", "optocht", "carnavalsoptocht", "paasvee", "volksfeest", "buurtfeest");

    private static final Set<String> CARNIVAL_NAMES = loadCarnivalNames();

    private FeastPlaceName() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            if (!flag[i] || !tokens.get(i).isWord() || !tokens.get(i).capitalised()
                    || PlacesBySurroundings.personListed(tokens.get(i), words) || !placeEvidence(tokens.get(i), words)
                    || !(afterFeast(tokens, i) || inBracketsAfterFeast(tokens, i))
                    || PlacesBySurroundings.personAround(tokens, role, words, i)) {
                continue;
            }
            flag[i] = false;
        }
    }

    /**
     * Review (ra 12:58): a word of a place list (also one that is a name elsewhere, the villages, {@link
     * VillageSurnames}), a word of no list with a Dutch place-name ending, or a town's carnival name of
     * {@code carnival-names.txt}; a word of no list without that evidence may be a given name the lists lack
     * ("Carnaval 2026 (Zarghuna)", "Sinterklaasintocht Dilnoza:").
     */
    private static boolean placeEvidence(Token t, WordLists words) {
        String lower = t.lower();
        return CARNIVAL_NAMES.contains(lower) || words.isPlace(lower) || words.isPlaceInContext(lower)
                || words.isVillage(lower) || VillageSurnames.contains(lower)
                || PlacesBySurroundings.unknown(t, words) && PlacesBySurroundings.placeEnding(lower);
    }

    private static Set<String> loadCarnivalNames() {
        Set<String> names = new HashSet<>();
        WordLists.read("carnival-names.txt", w -> names.add(WordLists.lower(w)));
        if (names.isEmpty()) {
            throw new IllegalStateException("carnival-names.txt is empty");
        }
        return Set.copyOf(names);
    }

    /** "Paasvuur Espelo 2026", "Kermis Espelo:". */
    private static boolean afterFeast(List<Token> tokens, int i) {
        if (!feast(tokens.get(i - 1)) || i + 1 >= tokens.size()) {
            return false;
        }
        Token after = tokens.get(i + 1);
        return after.is(':') || year(after);
    }

    /** "Carnaval 2026 (Kielegat)", "Carnaval (Kielegat)". */
    private static boolean inBracketsAfterFeast(List<Token> tokens, int i) {
        if (i < 2 || !tokens.get(i - 1).is('(') || i + 1 >= tokens.size() || !tokens.get(i + 1).is(')')) {
            return false;
        }
        int k = i - 2;
        if (year(tokens.get(k)) && k >= 1) {
            k--;
        }
        return feast(tokens.get(k));
    }

    private static boolean feast(Token t) {
        return t.isWord() && FEASTS.contains(t.lower());
    }

    private static boolean year(Token t) {
        String s = t.text();
        return t.isNumber() && s.length() == 4 && (s.startsWith("19") || s.startsWith("20"));
    }
}
