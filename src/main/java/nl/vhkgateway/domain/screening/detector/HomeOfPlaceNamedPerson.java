package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 16 (leak16-places): a family whose surname is a place, named as the home someone stays at: "bij Ommen thuis
 * wordt gedronken", "vader is bij Haarle ingetrokken", "bij Lutten inwonen". "bij" and a place followed by "thuis" or a
 * verb of moving in with someone reads only as a person's home: a place takes "in" ("thuis in Ommen", "ingetrokken in
 * Ommen"). Left alone: "bij" and a place without such a word ("woont bij Ommen" = near Ommen, "een boerderij bij
 * Dalfsen"), a place of several words, a region or a place abroad, an organisation. Stateless and thread-safe.
 */
final class HomeOfPlaceNamedPerson {

    /** "thuis" and the participles and forms of "intrekken"/"inwonen" (to move in with, to live with someone). */
    private static final Set<String> HOME_AFTER = WordSets.of("thuis", "ingetrokken", "intrekken", "intrekt",
            "inwonen", "inwoont", "inwoonde", "inwoonden", "ingewoond");

    private HomeOfPlaceNamedPerson() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i + 1 < n; i++) {
            Token bij = tokens.get(i - 1);
            Token t = tokens.get(i);
            Token after = tokens.get(i + 1);
            if (flag[i] || !bij.isWord() || !bij.lower().equals("bij") || !t.isWord() || !t.capitalised()
                    || t.allCaps() || t.text().length() < 3 || !after.isWord() || !after.spaceBefore()
                    || !HOME_AFTER.contains(after.lower())) {
                continue;
            }
            String lower = t.lower();
            if (!(words.isPlace(lower) || words.isPlaceInContext(lower)) || words.isAbroad(lower)
                    || words.isKinOrRole(lower) || words.isTitle(lower) || NameClassifier.isFunctionWord(lower)
                    || words.isTussenvoegsel(lower)
                    || words.allowed().wordKind(lower).orElse(null) == PhraseIndex.Kind.ORGANISATION
                    || words.allowed().match(tokens, i).length() > 1) {
                continue;
            }
            flag[i] = true;
        }
    }
}
