package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 24 rule (t24-places): a place whose name joins two words with "en" ("Kerk en Zanen", "Berg en Dal", "Heide en
 * Veld") after "in" where a place stands: "Gezin woont in Kerk en Zanen", "De kerk in Kerk en Zanen biedt steun". The
 * first word is a Dutch word written with a capital in the middle of a sentence (so a proper name's part, whatever
 * surname list holds it: "Kerk"), the second a capitalised word; neither is a given name, kin word or title. The word
 * before "in" must make "in" a place's: a verb of living or lying ("woont", "opgegroeid", "staat", "ligt") or a noun of
 * a place or an institution that stands somewhere ("de kerk in", "de school in", "het wijkcentrum in"). After the pair
 * the end, punctuation or a lower-case word that is no person's verb; the first word is no word of a place list ("wonen in
 * Gouda en Smit in Waddinxveen": two places, or a place and a person, round 10's row). Stay names: "vertrouwen in Bakker en Zanen" (no
 * place's word before "in"), "woont in Kerk en Jan" (a given name), "woont bij Kerk en Zanen" (not "in"), "in Kerk en
 * Zanen zegt" (a person's verb), "woont in Kerk en Zanen (oom)" (family in brackets). Stateless.
 */
final class TwoPartPlaceName {

    /** Words before "in" that make it a place's "in". */
    private static final Set<String> PLACE_HEADS = Set.of("woont", "wonen", "woonde", "woonden", "gewoond",
            "opgegroeid", "verblijft", "verblijven", "staat", "staan", "ligt", "liggen", "geboren", "verhuisd",
            "kerk", "moskee", "school", "basisschool", "buurthuis", "wijkcentrum", "club", "sportclub", "voetbalclub",
            "bibliotheek", "woning", "huurwoning", "flat", "huis", "speeltuin", "supermarkt", "winkel", "wijk",
            "buurt", "dorp", "gemeente", "huisarts", "praktijk");

    private TwoPartPlaceName() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 2; i + 2 < n; i++) {
            Token in = tokens.get(i - 1);
            Token first = tokens.get(i);
            Token en = tokens.get(i + 1);
            Token second = tokens.get(i + 2);
            if (!(flag[i] || flag[i + 2]) || !in.isWord() || in.capitalised() || !in.lower().equals("in")
                    || !en.isWord() || en.capitalised() || !en.lower().equals("en")
                    || !tokens.get(i - 2).isWord() || !PLACE_HEADS.contains(tokens.get(i - 2).lower())) {
                continue;
            }
            if (!part(first, words) || first.sentenceStart() || !words.isDutchWord(first.lower())
                    || placeListed(first, words) // "wonen in Gouda en Smit in Waddinxveen": two places, a person
                    || !part(second, words) || PlacesBySurroundings.personAround(tokens, role, words, i + 2)) {
                continue;
            }
            flag[i] = false;
            flag[i + 2] = false;
        }
    }

    /** A word of a place list: then "X en Y" are two things, not one name's parts. */
    private static boolean placeListed(Token t, WordLists words) {
        String lower = t.lower();
        return words.isPlaceInContext(lower) || words.isVillage(lower) || words.isAbroad(lower);
    }

    private static boolean part(Token t, WordLists words) {
        String lower = t.lower();
        return t.isWord() && t.capitalised() && !t.allCaps() && !words.isFirstName(t.text())
                && !words.isFirstNameLower(lower) && !words.isKinOrRole(lower) && !words.isTitle(lower);
    }
}
