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
 * <li>Context: a landmark noun (a dike, road, ferry, bridge, orchard, polder, farm, harbour, border, a (holiday) park ...; also the end of
 * a compound, "zeedijk", "fietspad") or a verb of lying ("ligt", "gelegen") in the clause before "tussen", at most
 * eight words back, nearer to "tussen" than any noun of a relation between persons ("ruzie", "contact", "omgang",
 * "gesprek" ...: "het contact op de camping verloopt, de ruzie tussen X en Y").</li>
 * <li>Both X and Y are capitalised words (not in capitals) that a place list holds: the context-free places, the
 * places that are also a name ({@code places-also-names.txt}), the OpenTaal villages or the villages that are surnames
 * ({@link VillageSurnames}); a word of no place list on either side ("tussen Stolwijk en Bakker") keeps both flags.</li>
 * <li>Guards: no kin word, role or title before either, no family apposition or age after either, and no person
 * evidence after Y (a capital, a person's verb, "en zijn vriendin": {@link PlacesBySurroundings#personAround}).</li>
 * </ul>
 * Stateless.
 */
final class LandmarkBetweenPlaces {

    /** Landmark nouns, matched as the whole word or the end of a compound ("winterdijk", "fietspad", "veerpont"). */
    private static final List<String> LANDMARK_ENDINGS = List.of("dijk", "dijken", "weg", "wegen", "pont", "brug",
            "bruggen", "boomgaard", "boomgaarden", "polder", "polders", "boerderij", "boerderijen", "haven", "grens",
            "fietspad", "voetpad", "jaagpad", "spoor", "spoorlijn", "buslijn", "kanaal", "sluis", "kassen", "weiland",
            "weilanden", "akkers", "uiterwaarden", "bossen", "camping", "terrein", "buitengebied", "gebied", "route",
            "woonwagenkamp", "park", "parken", "woonboot", "woonark", "ligplaats", "dorpje", "gehucht", "buurtschap", "halverwege");
    /** Short landmark nouns, matched as the whole word only ("veer", not "ongeveer"). */
    private static final Set<String> LANDMARK_WORDS = WordSets.of("veer", "kas", "bos", "pad", "rit", "lijn", "kamp",
            "boot", "stuk", "ark", "dam");
    /** Verbs of lying somewhere. */
    private static final Set<String> LYING_VERBS = WordSets.of("ligt", "lag", "liggen", "lagen", "gelegen", "ligge");
    /** Nouns of a relation between persons: "tussen" is then the slot of two persons. */
    private static final Set<String> RELATION_NOUNS = WordSets.of("ruzie", "ruzies", "contact", "contacten", "omgang",
            "omgangsregeling", "gesprek", "gesprekken", "relatie", "relaties", "verschil", "conflict", "conflicten",
            "band", "afspraak", "afspraken", "strijd", "spanning", "spanningen", "onenigheid", "vechtpartij",
            "gevecht", "keuze", "overleg", "verhouding", "communicatie", "vriendschap", "huwelijk", "bemiddeling",
            "mediation", "geweld", "incident", "incidenten", "woordenwisseling", "botsing", "rivaliteit", "liefde",
            "scheiding", "zaak", "kwestie", "vete");
    private static final int WINDOW = 8;

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

    private static boolean place(Token t, WordLists words) {
        if (!t.isWord() || !t.capitalised() || t.allCaps()) {
            return false;
        }
        String lower = t.lower();
        if (words.isKinOrRole(lower) || words.isTitle(lower)) {
            return false;
        }
        return words.isPlaceInContext(lower) || words.isVillage(lower) || VillageSurnames.contains(lower);
    }

    /** A landmark noun or a verb of lying in the clause before "tussen", and no noun of a relation between persons. */
    private static boolean landmarkBefore(List<Token> tokens, int tussen) {
        for (int k = tussen - 1; k >= 0 && k >= tussen - WINDOW; k--) {
            Token t = tokens.get(k);
            if (!t.isWord()) {
                if (t.is(',') || t.is(';') || t.is(':') || t.is('.') || t.is('(') || t.is('"')) {
                    break;
                }
                continue;
            }
            String lower = t.lower();
            if (RELATION_NOUNS.contains(lower)) {
                return false;
            }
            if (LYING_VERBS.contains(lower) || landmark(lower)) {
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
