package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 19 rule (fix19-allow): a town of the place lists joined by a hyphen to a compass part or centre
 * ("Zaandam-Oost", "Breukelen-Centrum", "Hilversum-Midden") is a district, also where the town is a surname too
 * ({@code places-also-names.txt}, villages) and nothing but the compass part says so: a family name is not written
 * with "-Oost" or "-Centrum". The town is a word of a place list that no given-name list holds ("Anna-Zuid" is no
 * place), the two parts stand alone (no third part, "Zaandam-Oost-Jansen"), and no title, kin word, role or
 * "familie" stands right before (a person slot: "mevrouw Breukelen-West", "oom Zaandam-Zuid" keep the flag).
 *
 * <p>Round 22 (t22-cards): the same in the other order, a compass part before a country, province or place of the
 * lists ("Politie Noord-Nederland (wijkagent)", "GGD West-Brabant", "Oost-Groningen"): a region, with the same
 * guards (no given name after the hyphen, "Noord-Anna"; no third part; no title, kin word, role or "familie" right
 * before). A region is no person even where a role in brackets follows it: the role names the professional of the
 * organisation before it. Stateless.
 */
final class CompassDistrict {

    private static final Set<String> PERSON_BEFORE = Set.of("fam", "familie", "gezin", "mevr", "mw", "dhr", "hr");

    private CompassDistrict() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            if (compassFirst(tokens, words, i)) {
                flag[i] = false;
                flag[i + 1] = false;
                flag[i + 2] = false;
                continue;
            }
            Token town = tokens.get(i);
            Token dash = tokens.get(i + 1);
            Token part = tokens.get(i + 2);
            if (!town.isWord() || !town.capitalised() || town.allCaps() || !dash.is('-') || dash.spaceBefore()
                    || !part.isWord() || part.spaceBefore() || !part.capitalised() || part.allCaps()
                    || !PlaceShapes.compass(part.lower())) {
                continue;
            }
            if (i > 0 && tokens.get(i - 1).is('-') || i + 3 < n && tokens.get(i + 3).is('-')) {
                continue; // "Zaandam-Oost-Jansen", "Jansen-Zaandam-Oost": a double name
            }
            String lower = town.lower();
            if (!(words.isPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower))
                    || words.isFirstName(town.text())) {
                continue;
            }
            if (i > 0 && personBefore(tokens.get(i - 1), words)) {
                continue;
            }
            flag[i] = false;
            flag[i + 1] = false;
            flag[i + 2] = false;
        }
    }

    /** Round 22: "Noord-Nederland", "West-Brabant": a compass part, a hyphen, a place of the lists, at {@code i}. */
    private static boolean compassFirst(List<Token> tokens, WordLists words, int i) {
        int n = tokens.size();
        Token part = tokens.get(i);
        Token dash = tokens.get(i + 1);
        Token place = tokens.get(i + 2);
        if (!part.isWord() || !part.capitalised() || part.allCaps() || !PlaceShapes.compass(part.lower())
                || !dash.is('-') || dash.spaceBefore() || !place.isWord() || place.spaceBefore()
                || !place.capitalised() || place.allCaps()) {
            return false;
        }
        if (i > 0 && tokens.get(i - 1).is('-') || i + 3 < n && tokens.get(i + 3).is('-')) {
            return false; // "Jansen-Noord-Holland": a double name
        }
        String lower = place.lower();
        return (words.isPlace(lower) || words.isPlaceInContext(lower) || words.isVillage(lower))
                && !words.isFirstName(place.text()) && !words.isFirstNameLower(lower)
                && !(i > 0 && personBefore(tokens.get(i - 1), words));
    }

    private static boolean personBefore(Token before, WordLists words) {
        if (!before.isWord()) {
            return false;
        }
        String lower = before.lower();
        return words.isTitle(lower) || words.isKinOrRole(lower) || PERSON_BEFORE.contains(lower);
    }
}
