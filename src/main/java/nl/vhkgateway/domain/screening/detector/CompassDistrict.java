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
 * context-free list ({@code places.txt}: "Politie Noord-Nederland (wijkagent)", "GGD West-Brabant", "Oost-Groningen"):
 * a region. Guards (review ra 09:19): the place is no name of any list (not "Noord-Bhola", "Oost-Veghel"); no title,
 * kin word, role or "familie" before, also an abbreviated title with its period ("Mevr. Noord-..."), no listed name
 * before ("Anja Oost-..."), no person's verb after, and a bracket after only with an organisation before (an acronym
 * or a Dutch word that is no name: "Politie", "GGD"), where the bracket names the organisation's professional.
 * Round 23 (t23-places): the town-first order takes the same person guards (a listed name before, a person's verb after,
 * a family word or age in brackets after: "Sander Beijum-West", "Beijum-West zei ...", "Beijum-West (vader)").
 * Round 26 (t26-held): after an organisation (an acronym or a Dutch word that is no name) a province or country that
 * is a listed surname too is its region ("GGD Zuid-Limburg (jeugdarts)", "Politie Noord-Holland"); after a name, a
 * title or a kin word ("Anja Zuid-Limburg", "mevrouw Noord-Holland") and before a person's verb it stays a name.
 * Stateless.
 */
final class CompassDistrict {

    /** Verbs that also follow a place as subject ("Zaandam-Noord heeft een speeltuin", "... is een wijk"). */
    private static final Set<String> AUXILIARIES = Set.of("heeft", "had", "is", "was", "wordt", "werd", "krijgt",
            "kreeg", "ligt", "lag");

    private static final Set<String> PERSON_BEFORE = Set.of("fam", "familie", "gezin", "mevr", "mw", "dhr", "hr");

    /** Countries, provinces and islands ({@code places-regions.txt}). */
    private static final Set<String> REGIONS = WordLists.lowerCaseSet("places-regions.txt");

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
            // round 23 (t23-places): the guards of the other order here too, now that more villages are listed
            // ("Sander Beijum-West", "Beijum-West zei tegen de wijkagent", "met Beijum-West (vader)")
            // (lead, at the merge: not an auxiliary, "Zaandam-Noord heeft een nieuwe speeltuin", and only a family word
            // or age opening the bracket, "in Bakel-Oost (een nicht van vader)" names who lives there)
            if (i > 0 && nameBefore(tokens.get(i - 1), words)
                    || i + 3 < n && tokens.get(i + 3).isWord() && PersonNameDetector.isPersonVerb(tokens.get(i + 3).lower())
                    && !AUXILIARIES.contains(tokens.get(i + 3).lower())
                    || familyOpensBracket(tokens, words, i + 3)) {
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
        // round 26 (t26-held): a province or country that is a listed surname too ("Zuid-Limburg", "Noord-Holland")
        // after an organisation ("GGD Zuid-Limburg (jeugdarts)", "Politie Noord-Holland"): the organisation's region
        boolean organisationRegion = REGIONS.contains(lower) && !words.isFirstNameLower(lower) && i > 0
                && organisationBefore(tokens.get(i - 1), words);
        if (!words.isPlace(lower) || (words.isName(place.text()) || words.isFirstNameLower(lower)) && !organisationRegion) {
            return false; // review (ra 09:19): "Noord-Bhola", "Oost-Veghel": a surname of the context list
        }
        if (i > 0 && (personBefore(tokens.get(i - 1), words) || nameBefore(tokens.get(i - 1), words))
                || i > 1 && tokens.get(i - 1).is('.') && personBefore(tokens.get(i - 2), words)) {
            return false; // "Mevr. Noord-Nederland", "Anja Oost-Brabant"
        }
        if (i + 3 < n && tokens.get(i + 3).isWord() && PersonNameDetector.isPersonVerb(tokens.get(i + 3).lower())) {
            return false; // "West-Brabant belde": a person's verb
        }
        boolean bracket = i + 3 < n && tokens.get(i + 3).is('(');
        return !bracket || i > 0 && organisationBefore(tokens.get(i - 1), words);
    }

    /** A listed given name or surname right before ("Anja Oost-Brabant"). */
    private static boolean nameBefore(Token before, WordLists words) {
        return before.isWord() && before.capitalised() && !before.allCaps()
                && (words.isName(before.text()) || words.isWeakName(before.lower()));
    }

    /**
     * An organisation right before a region with a bracket after it ("Politie Noord-Nederland (wijkagent)", "GGD
     * West-Brabant (jeugdarts)"): an acronym or a capitalised Dutch word that is no name, title or kin word.
     */
    private static boolean organisationBefore(Token before, WordLists words) {
        if (!before.isWord() || !before.capitalised()) {
            return false;
        }
        String lower = before.lower();
        return (before.allCaps() && before.text().length() >= 2 || words.isDutchWord(lower))
                && !words.isName(before.text()) && !words.isTitle(lower) && !words.isKinOrRole(lower);
    }

    private static boolean personBefore(Token before, WordLists words) {
        if (!before.isWord()) {
            return false;
        }
        String lower = before.lower();
        return words.isTitle(lower) || words.isKinOrRole(lower) || PERSON_BEFORE.contains(lower);
    }

    /** A bracket right after the name that opens with a family word or an age: "Beijum-West (vader)", "(8)". */
    private static boolean familyOpensBracket(List<Token> tokens, WordLists words, int k) {
        if (k + 1 >= tokens.size() || !tokens.get(k).is('(')) {
            return false;
        }
        Token first = tokens.get(k + 1);
        return first.isWord() && words.isKinOrRole(first.lower())
                || !first.text().isEmpty() && first.text().chars().allMatch(Character::isDigit);
    }
}
