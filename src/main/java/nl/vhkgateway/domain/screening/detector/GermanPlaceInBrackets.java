package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 17 rule (fix17-cards52): a small German-speaking town in brackets right after its country ("Vader woont in
 * Duitsland (Emlichheim)") is a place. The word before the bracket is Duitsland,
 * Oostenrijk or Zwitserland; the brackets hold exactly one capitalised word that no name list knows (no given name,
 * surname or weak name, no kin word, role or title: "Duitsland (Müller)" stays a name) and that has the ending of a
 * German place name ("-heim", "-hausen", "-dorf", "-stedt", "-leben"); any other word, "Eritrea (Ghebremariam)" or
 * "Duitsland (Kowalczyk)", stays a name as {@link DistrictInBrackets} decided. Stateless.
 */
final class GermanPlaceInBrackets {

    private static final Set<String> COUNTRIES = Set.of("duitsland", "oostenrijk", "zwitserland");
    private static final List<String> PLACE_ENDINGS = List.of("heim", "hausen", "dorf", "stedt", "leben");
    private static final int MIN_STEM = 3;

    private GermanPlaceInBrackets() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int open = 1; open + 2 < n; open++) {
            Token country = tokens.get(open - 1);
            Token word = tokens.get(open + 1);
            if (!tokens.get(open).is('(') || !tokens.get(open + 2).is(')') || !country.isWord()
                    || !COUNTRIES.contains(country.lower()) || !word.isWord() || !word.capitalised()
                    || word.allCaps() || words.isListedPersonWord(word.text()) || !placeEnding(word.lower())) {
                continue;
            }
            flag[open + 1] = false;
        }
    }

    private static boolean placeEnding(String lower) {
        for (String e : PLACE_ENDINGS) {
            if (lower.endsWith(e) && lower.length() >= e.length() + MIN_STEM) {
                return true;
            }
        }
        return false;
    }
}
