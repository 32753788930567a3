package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 24 rule (t24-cards): a grandparent word of {@code grandparent-words.txt} glossed in brackets by its Dutch
 * meaning, the way a family composition introduces the relative: "Nani (grootmoeder vaderskant, 1951) woont in",
 * "Dede (opa, 1949)". The bracket opens with a Dutch grandparent noun (grootmoeder, grootvader, oma, opa and their
 * "over-" forms), may hold a family side (vaderskant, mzk ...) and may close with a birth year of four digits; nothing
 * else. The word is then the relative's title, as "Aji (oma)" already was. Kept: any other kin word in the bracket
 * ("Nana (zus, 2015)": a sister named Nana), an age ("Nani (6)"), a word of no side after the noun ("(grootmoeder van
 * Lisa)"), a second number. Stateless.
 */
final class GrandparentGloss {

    private static final Set<String> GRANDPARENTS = WordSets.of("grootmoeder", "grootvader", "oma", "opa",
            "overgrootmoeder", "overgrootvader", "overgrootouder", "grootouder");
    private static final Set<String> SIDES = WordSets.of("mzk", "vzk", "mz", "vz", "moederszijde", "vaderszijde",
            "moederskant", "vaderskant", "mk", "vk");

    private GrandparentGloss() {
    }

    /** The bracket right after token {@code i} is such a gloss. */
    static boolean after(List<Token> tokens, int i) {
        int n = tokens.size();
        int k = i + 1;
        if (k + 2 >= n || !tokens.get(k).is('(') || !tokens.get(k + 1).isWord()
                || !GRANDPARENTS.contains(tokens.get(k + 1).lower())) {
            return false;
        }
        k += 2;
        if (k < n && tokens.get(k).isWord() && SIDES.contains(tokens.get(k).lower())) {
            k++;
        }
        if (k < n && tokens.get(k).is(',')) {
            k++;
        }
        if (k < n && tokens.get(k).isNumber() && tokens.get(k).text().length() == 4) {
            k++;
        }
        return k < n && tokens.get(k).is(')');
    }
}
