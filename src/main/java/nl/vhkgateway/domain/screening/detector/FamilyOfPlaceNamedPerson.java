package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 17 (r17-names): a family word, "van" and a surname that is also a village or hamlet: "de kinderen van
 * Boerhaar", "de vrouw van Drijber", "de zoon van Lettele". After a noun of family ("kinderen", "zoon", "vrouw",
 * "ex") "van" names whose family it is; a village of the context-only place lists (places that count only after a
 * place word or a verb of living) is the family's surname there. Left alone: municipalities and places of the main
 * place list ("de kinderen van Meppel" may be the town's children), places abroad, role words before "van" ("de
 * burgemeester van Ommen", "de wijkagent van Lettele"), a place of several words, organisations, and a route ("met
 * de kinderen van Osdorp naar Gaasperdam verhuisd"). Stateless and
 * thread-safe. "familie" and "gezin" are no relation words here ("De familie van Marken": the family from the village).
 */
final class FamilyOfPlaceNamedPerson {

    /** Nouns of family and partnership before "van". */
    private static final Set<String> FAMILY_NOUNS = WordSets.of("kinderen", "kind", "kindje", "kids", "zoon", "zoons",
            "zonen", "zoontje", "dochter", "dochters", "dochtertje", "vrouw", "man", "ex", "ex-vrouw", "ex-man",
            "exvrouw", "exman", "vriend", "vriendin", "partner", "weduwe", "weduwnaar", "moeder", "vader", "broer",
            "zus", "oma", "opa", "kleinkinderen", "kleinzoon", "kleindochter", "neef", "nicht", "neefje", "nichtje",
            "schoonmoeder", "schoonvader", "stiefzoon", "stiefdochter", "stiefvader", "stiefmoeder", "baby", "oudste",
            "jongste");

    /** Words after the place that make "van X" the start of a route ("van Osdorp naar Gaasperdam"). */
    private static final Set<String> ROUTE_WORDS = Set.of("naar", "tot", "richting", "via");

    private FamilyOfPlaceNamedPerson() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 2; i < n; i++) {
            Token t = tokens.get(i);
            Token van = tokens.get(i - 1);
            Token family = tokens.get(i - 2);
            if (flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || t.text().length() < 3
                    || !van.isWord() || !van.text().equals("van") || !family.isWord()
                    || !FAMILY_NOUNS.contains(family.lower())) {
                continue;
            }
            if (i + 1 < n && (tokens.get(i + 1).is('-') || tokens.get(i + 1).isWord()
                    && (tokens.get(i + 1).capitalised() || ROUTE_WORDS.contains(tokens.get(i + 1).lower())))) {
                continue; // a place or name of several words; "met de kinderen van Osdorp naar Gaasperdam": a route
            }
            String lower = t.lower();
            if (!words.isPlaceInContext(lower) || words.isPlace(lower) || words.isAbroad(lower)
                    || words.isKinOrRole(lower) || words.isTussenvoegsel(lower)
                    || words.allowed().wordKind(lower).isPresent()) {
                continue;
            }
            flag[i] = true;
        }
    }
}
