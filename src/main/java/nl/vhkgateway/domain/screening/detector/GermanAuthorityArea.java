package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 22 rule (t22-cards): a German authority is named by the kind of area and the place ("Jugendamt Stadt Emden",
 * "Jugendamt Landkreis Leer", "Kreis Kleve", "Samtgemeinde Jümme"): families in the border regions deal with the
 * German youth office, and cards list it in 'Betrokken hulpverlening'. "Stadt", "Landkreis", "Kreis", "Gemeinde",
 * "Samtgemeinde" or "Hansestadt" (capitalised, German nouns) right before a place of the lists, at home or abroad
 * ({@code places-also-names.txt}: Emden, Leer; {@code places-abroad}), make an area: both words are cleared.
 * "Stadt", "Kreis" and "Gemeinde" (surnames too) only after a German office ("Jugendamt", "Sozialamt": a capitalised
 * word ending in "amt"); "Landkreis", "Samtgemeinde", "Hansestadt" also alone. Kept: a title, kin word, role, "Frau",
 * "Herr", "bij" or "fam." before the area word ("Frau Kreis Kleve", "bij Stadt Goch"), no office before "Stadt"
 * ("De oppas, Gemeinde Asselt"), a given name as the place ("Stadt Anna"), a word of no place list after it ("Stadt
 * Jansen"), a capitalised word after the place ("Stadt Emden Jansen"). Stateless.
 */
final class GermanAuthorityArea {

    private static final Set<String> AREA_WORDS = WordSets.of("stadt", "landkreis", "kreis", "gemeinde",
            "samtgemeinde", "hansestadt");
    /** Area words that are never a surname: they make the area without an office before them. */
    private static final Set<String> OWN_AREA_WORDS = WordSets.of("landkreis", "samtgemeinde", "hansestadt");
    /** Person words before the area word: German forms of address and "bij" (at someone's home). */
    private static final Set<String> PERSON_BEFORE = WordSets.of("frau", "herr", "bij", "fam", "familie");

    private GermanAuthorityArea() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token area = tokens.get(i);
            Token place = tokens.get(i + 1);
            if (!(flag[i] || flag[i + 1]) || !area.isWord() || !area.capitalised() || area.allCaps()
                    || !AREA_WORDS.contains(area.lower()) || !place.isWord() || !place.capitalised()
                    || place.allCaps()) {
                continue;
            }
            String lower = place.lower();
            if (!(words.isPlaceInContext(lower) || words.isAbroad(lower)) || words.isFirstName(place.text())
                    || words.isFirstNameLower(lower)) {
                continue;
            }
            if (i > 0 && tokens.get(i - 1).isWord() && personWord(tokens.get(i - 1).lower(), words)
                    || i + 2 < n && tokens.get(i + 2).isWord() && tokens.get(i + 2).capitalised()) {
                continue;
            }
            if (!OWN_AREA_WORDS.contains(area.lower()) && !(i > 0 && office(tokens.get(i - 1)))) {
                continue; // review (ra 09:19): "bij Stadt Goch", "De oppas, Gemeinde Asselt": no German office
            }
            flag[i] = false;
            flag[i + 1] = false;
        }
    }

    private static boolean personWord(String lower, WordLists words) {
        return words.isTitle(lower) || PERSON_BEFORE.contains(lower) || words.isKinOrRole(lower);
    }

    /** A German office right before the area word: a capitalised word ending in "amt" ("Jugendamt", "Sozialamt"). */
    private static boolean office(Token t) {
        return t.isWord() && t.capitalised() && !t.allCaps() && t.lower().endsWith("amt") && t.text().length() > 5;
    }
}
