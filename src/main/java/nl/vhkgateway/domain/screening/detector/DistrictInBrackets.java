package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 14 rule (r14-places): a neighbourhood or district in brackets right after a Dutch town ("Woonplaats: Purmerend
 * (Weidevenne)", "bij station Purmerend (Weidevenne)", "Arnhem (Malburgen-Oost)") is a place, as a province in
 * brackets is ({@link ProvinceInBrackets}). The word before the bracket is a domestic place of the lists that no name
 * list holds and no country, province or island of {@code places-regions.txt} ("woont nog in Eritrea (Ghebremariam)":
 * a relative there, leak probe of round 9), and the brackets hold nothing but one or two capitalised words (hyphens between them) that no name list
 * knows (no given name, surname or weak name: "Breda (Anna)", "Purmerend (Yilmaz)" stay names) and no kin word, role or
 * title, and each is a place of the lists or has the ending of a Dutch place or district name ("-venne", "-wijk",
 * "-park", "-veld"; an unlisted foreign surname, "Purmerend (Kiplagat)", stays a name). Stateless.
 */
final class DistrictInBrackets {

    private static final int MAX_WORDS = 2;
    /** Endings of district names beside {@link CardPlaces#toponymShape} (leak review: "Purmerend (Kiplagat)" stays). */
    private static final List<String> DISTRICT_ENDINGS = List.of("venne", "um", "huis", "hem", "heem", "loo", "park",
            "polder", "erf", "hout", "kwartier", "wold", "hage", "straat", "plein", "buurt", "veld", "heide", "wijk");
    /** Countries, provinces and islands ({@code places-regions.txt}): "Eritrea (Ghebremariam)" names a person there. */
    private static final java.util.Set<String> REGIONS = WordLists.lowerCaseSet("places-regions.txt");

    private DistrictInBrackets() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int open = 1; open + 2 < n; open++) {
            Token town = tokens.get(open - 1);
            if (!tokens.get(open).is('(') || !town.isWord() || !town.capitalised() || flag[open - 1]
                    || !words.isDomesticPlace(town.lower()) || words.isName(town.text())
                    || REGIONS.contains(town.lower())) {
                continue;
            }
            int k = open + 1;
            int count = 0;
            boolean ok = true;
            while (k < n && !tokens.get(k).is(')')) {
                Token t = tokens.get(k);
                if (t.is('-') && count > 0) {
                    k++;
                    continue;
                }
                if (!t.isWord() || !t.capitalised() || t.allCaps() || ++count > MAX_WORDS || words.isListedPersonWord(t.text())
                        || !districtShape(t.lower(), words)) {
                    ok = false;
                    break;
                }
                k++;
            }
            if (!ok || count == 0 || k >= n) {
                continue;
            }
            for (int m = open + 1; m < k; m++) {
                flag[m] = false;
            }
        }
    }

    /** A place of the lists, or the ending of a Dutch place or district name ("Weidevenne", "Kruidenwijk"). */
    private static boolean districtShape(String lower, WordLists words) {
        if (words.isPlaceInContext(lower) || words.isVillage(lower) || CardPlaces.toponymShape(lower)
                || PlaceShapes.compass(lower)) {
            return true;
        }
        for (String e : DISTRICT_ENDINGS) {
            if (lower.endsWith(e) && lower.length() >= e.length() + 3) {
                return true;
            }
        }
        return false;
    }
}
