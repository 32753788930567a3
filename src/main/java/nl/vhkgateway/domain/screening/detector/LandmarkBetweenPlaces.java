package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 21 rule (t21-allow): "tussen X en Y" after a thing that lies in the landscape ("op de dijk tussen Echteld en
 * Ochten", "de pont tussen Schoonhoven en Nieuwpoort", "werkt in de boomgaarden tussen Ingen en Maurik", "de boerderij
 * staat tussen Bergambacht en Stolwijk", "de boot ligt tussen Breukelen en Loenen"). {@link PlacesBetween} reads
 * "tussen" only after a verb of moving and only for places that no name list holds, because "tussen X en Y" is the
 * slot of two persons ("ruzie tussen Durant en Carney"); but a dike, a ferry, an orchard or a farm lies between two
 * places, never between two persons, and most Dutch villages are surnames too. So here:
 * <ul>
 * <li>Context: a landmark noun right before "tussen" (a dike, road, ferry, bridge, orchard, polder, farm, harbour,
 * border, a (holiday) park ...; also the end of a compound, "zeedijk", "fietspad"), or a verb of lying or standing
 * ("ligt", "gelegen", "staat") in the clause before it, at most eight words back, after a landmark or a building ("de
 * boot ligt nu tussen", "de boerderij van opa staat tussen"; not "de baby lag tussen"); review (rev-allow): no noun or verb of a relation between persons anywhere in the sentence
 * ("ruzie", "contact", "gesprek", "vechtpartij", "handgemeen", "erfenis", "verdeeld" ...: "een vechtpartij op het
 * terrein tussen X en Y", "de erfenis is verdeeld tussen X en Y").</li>
 * <li>Both X and Y are capitalised words (not in capitals) that a place list holds: the context-free places, the
 * places that are also a name ({@code places-also-names.txt}), the OpenTaal villages or the villages that are surnames
 * ({@link VillageSurnames}; review: only beside a place of the other lists); a word of no place list on either side
 * ("tussen Stolwijk en Bakker") keeps both flags.</li>
 * <li>Review (rev-allow): no listed given name on either side; the landmark is no role or idiom ("Oma is de brug
 * tussen", "stond in de weg tussen").</li>
 * <li>Guards: no kin word, role or title before either, no family apposition or age after either, and no person
 * evidence after Y (a capital, a person's verb, "en zijn vriendin": {@link PlacesBySurroundings#personAround}).</li>
 * </ul>
 * Stateless.
 */
final class LandmarkBetweenPlaces {

    /** Landmark nouns, matched as the whole word or the end of a compound ("winterdijk", "fietspad", "veerpont"). */
    private static final List<String> LANDMARK_ENDINGS = List.of("dijk", "dijken", "dijkweg", "landweg", "snelweg",
            "rijksweg", "polderweg", "zandweg", "pont", "brug",
            "bruggen", "boomgaard", "boomgaarden", "polder", "polders", "boerderij", "boerderijen", "haven", "grens",
            "fietspad", "voetpad", "jaagpad", "spoor", "spoorlijn", "buslijn", "kanaal", "sluis", "kassen", "weiland",
            "weilanden", "akkers", "uiterwaarden", "bossen", "camping", "terrein", "buitengebied", "gebied", "route",
            "woonwagenkamp", "park", "parken", "woonboot", "woonark", "ligplaats", "dorpje", "gehucht", "buurtschap", "halverwege");
    /** Short landmark nouns, matched as the whole word only ("veer", not "ongeveer"). */
    private static final Set<String> LANDMARK_WORDS = WordSets.of("veer", "kas", "bos", "pad", "rit", "lijn", "kamp",
            "boot", "stuk", "ark", "dam", "weg", "wegen");
    /** Buildings that "staat/stond" places between two places ("de boerderij van opa staat tussen"). */
    private static final List<String> BUILDING_ENDINGS = List.of("boerderij", "huis", "woning", "schuur", "caravan",
            "woonwagen", "chalet", "kerk", "molen");
    private static final Set<String> STANDING_VERBS = WordSets.of("staat", "stond", "staan", "stonden");
    /** Verbs of lying somewhere. */
    private static final Set<String> LYING_VERBS = WordSets.of("ligt", "lag", "liggen", "lagen", "gelegen", "ligge");
    private static final int WINDOW = 8;
    private static final Set<String> ARTICLES = WordSets.of("de", "het", "een");
    private static final Set<String> COPULAS = WordSets.of("is", "was", "zijn", "waren", "blijft", "bleef", "wordt",
            "werd", "vormt", "vormde", "vormen");

    private LandmarkBetweenPlaces() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 1; i + 2 < n; i++) {
            if (!tokens.get(i - 1).isWord() || !tokens.get(i - 1).lower().equals("tussen")
                    || !tokens.get(i + 1).isWord() || !tokens.get(i + 1).text().equals("en")) {
                continue;
            }
            int j = i + 2;
            if (!flag[i] && !flag[j] || !place(tokens.get(i), words) || !place(tokens.get(j), words)
                    || !listedPlace(tokens.get(i), words) && !listedPlace(tokens.get(j), words)
                    || !landmarkBefore(tokens, i - 1)
                    || RelativeGuard.around(tokens, role, words, i)
                    || RelativeGuard.around(tokens, role, words, j)
                    || PlacesBySurroundings.personAround(tokens, role, words, j)) {
                continue;
            }
            flag[i] = false;
            flag[j] = false;
        }
    }

    /**
     * Review (rev-allow): a village of {@link VillageSurnames} (common surnames: Streefkerk, Goudriaan) counts only
     * beside a place of the other lists.
     */
    private static boolean listedPlace(Token t, WordLists words) {
        return words.isPlaceInContext(t.lower()) || words.isVillage(t.lower());
    }

    private static boolean place(Token t, WordLists words) {
        if (!t.isWord() || !t.capitalised() || t.allCaps()) {
            return false;
        }
        String lower = t.lower();
        if (words.isKinOrRole(lower) || words.isTitle(lower) || words.isFirstName(t.text())
                || words.isFirstNameLower(lower)) {
            return false; // review (rev-allow): "de brug tussen Heino en Marle", two given names
        }
        return words.isPlaceInContext(lower) || words.isVillage(lower) || VillageSurnames.contains(lower);
    }

    /**
     * A landmark noun right before "tussen" ("op de dijk tussen"), or a verb of lying or standing in the clause before
     * it after a landmark or a building ("de boot ligt nu tussen", "de boerderij van opa staat tussen"); review (rev-allow):
     * a noun or verb of a relation between persons anywhere in the sentence keeps the flags ("een vechtpartij op het
     * terrein tussen", "ruzie over de boerderij tussen", "de erfenis verdeeld tussen"), and a scene word before
     * ("op de camping sliep de baby tussen") is no landmark.
     */
    private static boolean landmarkBefore(List<Token> tokens, int tussen) {
        if (relationInSentence(tokens, tussen)) {
            return false;
        }
        Token right = tokens.get(tussen - 1);
        if (tussen >= 1 && right.isWord() && landmark(right.lower()) && !metaphor(tokens, tussen - 1)) {
            return true;
        }
        boolean building = false;
        boolean standing = false;
        for (int k = tussen - 1; k >= 0 && k >= tussen - WINDOW; k--) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                if (t.is(',') || t.is(';') || t.is(':') || t.is('.') || t.is('(') || t.is('"')) {
                    break;
                }
                continue;
            }
            String lower = t.lower();
            standing |= STANDING_VERBS.contains(lower) || LYING_VERBS.contains(lower);
            // review (rev-allow): not the adverb "weg" ("liep weg en de kinderen bleven staan tussen")
            building |= WordLists.endsWithAny(lower, BUILDING_ENDINGS) || landmark(lower) && !lower.equals("weg");
        }
        return standing && building;
    }

    /**
     * Review (rev-allow): the landmark as a role or an idiom, not a site: after a copula and an article ("Oma is de brug
     * tussen", "vormt de verbinding tussen") or "in de weg" (in the way).
     */
    private static boolean metaphor(List<Token> tokens, int k) {
        if (k < 2 || !tokens.get(k - 1).isWord() || !ARTICLES.contains(tokens.get(k - 1).lower())
                || !tokens.get(k - 2).isWord()) {
            return false;
        }
        String before = tokens.get(k - 2).lower();
        return COPULAS.contains(before) || before.equals("in") && tokens.get(k).lower().equals("weg");
    }

    /** A noun or verb of a relation between persons anywhere in the sentence of "tussen". */
    private static boolean relationInSentence(List<Token> tokens, int tussen) {
        int n = tokens.size();
        int from = tussen;
        while (from > 0 && !tokens.get(from - 1).endsSentence()) {
            from--;
        }
        for (int k = from; k < n; k++) {
            Token t = tokens.get(k);
            if (k > tussen && t.endsSentence()) {
                break;
            }
            if (t.isWord() && PersonRelationWords.relation(t.lower())) {
                return true;
            }
        }
        return false;
    }



    private static boolean landmark(String lower) {
        if (LANDMARK_WORDS.contains(lower)) {
            return true;
        }
        for (String ending : LANDMARK_ENDINGS) {
            if (lower.endsWith(ending)) {
                return true;
            }
        }
        return false;
    }
}
