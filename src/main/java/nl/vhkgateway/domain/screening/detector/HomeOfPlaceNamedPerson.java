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

    /** Possessives before a family noun: "bij Brummen en zijn vrouw". */
    private static final Set<String> POSSESSIVES = Set.of("zijn", "haar", "hun", "z'n", "d'r");
    /** Family nouns after the possessive. */
    private static final Set<String> PARTNERS = WordSets.of("vrouw", "man", "partner", "vriendin", "vriend",
            "kinderen", "zoon", "dochter", "gezin", "moeder", "vader", "echtgenote", "echtgenoot");

    private HomeOfPlaceNamedPerson() {
    }

    /**
     * Round 17 (r17-names): "bij <plaats> in huis" and "bij <plaats> en zijn/haar vrouw/kinderen": a place has no
     * house to live in and no partner, so the word is the person whose home it is ("woont nu bij Brummen en zijn
     * vrouw.", "woont bij Ommen in huis"). The family noun must end the clause ("bij Ommen en haar kinderen gaan daar
     * naar school" is a new clause). "woont bij Ommen" alone stays a place (near Ommen).
     */
    private static boolean inHouseOrWithPartner(List<Token> tokens, int k) {
        int n = tokens.size();
        if (k + 1 < n && tokens.get(k).lower().equals("in") && tokens.get(k + 1).isWord()
                && tokens.get(k + 1).lower().equals("huis")) {
            return k + 2 >= n || !tokens.get(k + 2).isWord()
                    || !Set.of("bij", "van", "met").contains(tokens.get(k + 2).lower()); // not "bij Zwolle in huis bij haar zus"
        }
        return k + 2 < n && tokens.get(k).lower().equals("en") && tokens.get(k + 1).isWord()
                && POSSESSIVES.contains(tokens.get(k + 1).lower()) && tokens.get(k + 2).isWord()
                && PARTNERS.contains(tokens.get(k + 2).lower())
                && (k + 3 == n || !tokens.get(k + 3).isWord()); // not "bij Ommen en haar kinderen gaan ..."
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i + 1 < n; i++) {
            Token bij = tokens.get(i - 1);
            Token t = tokens.get(i);
            Token after = tokens.get(i + 1);
            if (flag[i] || !bij.isWord() || !bij.lower().equals("bij") || !t.isWord() || !t.capitalised()
                    || t.allCaps() || t.text().length() < 3 || !after.isWord() || !after.spaceBefore()
                    || !HOME_AFTER.contains(after.lower()) && !inHouseOrWithPartner(tokens, i + 1)) {
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
