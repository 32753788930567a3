package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 17 (r17-names): "ene" (a certain) before a listed given name, also in lower case: "moeder heeft een relatie
 * met ene steven uit Breskens", "ene kees belde om drie uur". Without an article before it, "ene" introduces a person
 * the writer does not know well; the name after it is a name even when it is also a Dutch word ("steven", "kees",
 * "bram": names the exceptions list does not hold). Left alone: names that are ordinary words first ("les",
 * "merel", "iris", "jade", "mei": the exceptions list; review of round 17: "kreeg ene les"), "de ene", "het ene", "aan de ene kant" (the adjective "one" after an article or a
 * demonstrative, "geen ene les", "die ene merel", "elke ene les" (review of round 17); "dat" is left out of those:
 * "zegt dat ene bram ..." is the conjunction), and words after "ene" that are no listed given name or that are frequent words ("ene meneer", "ene
 * keer"), kin or role words. Stateless and thread-safe.
 */
final class GivenNameAfterEne {

    /** Articles and determiners before the adjective "ene" ("de ene kant", "het ene kind", "die ene keer"). */
    private static final Set<String> DETERMINERS = Set.of("de", "het", "'t", "deze", "dit", "elk", "die", "geen",
            "elke", "welke", "één", "niet", "nog", "zo'n", "iedere",
            "ieder", "zijn", "haar", "hun", "mijn", "ons", "onze", "jouw", "uw", "d'n", "den");

    private GivenNameAfterEne() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token ene = tokens.get(i);
            if (!ene.isWord() || !ene.lower().equals("ene")
                    || i > 0 && tokens.get(i - 1).isWord() && DETERMINERS.contains(tokens.get(i - 1).lower())) {
                continue;
            }
            int k = i + 1;
            Token t = tokens.get(k);
            if (flag[k] || !t.isWord() || t.text().length() < 2 || t.allCaps() && t.text().length() < 3) {
                continue;
            }
            String lower = t.lower();
            String capitalised = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
            if (!words.isFirstName(capitalised) || words.isException(capitalised) || words.isCommonWord(lower)
                    || words.isKinOrRole(lower)
                    || words.isTitle(lower) || NameClassifier.isFunctionWord(lower) || words.isTussenvoegsel(lower)) {
                continue;
            }
            flag[k] = true;
        }
    }
}
