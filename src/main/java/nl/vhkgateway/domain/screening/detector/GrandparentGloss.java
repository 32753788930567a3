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
 * Lisa)"), a second number; (review ra) a noun of the other sex ("Aja (oma, 1958)": aja, nana and dede are grandfather
 * words, aji, ajie and nani grandmother words) and a capitalised word right before ("Mehmet Dede (opa, 1949)").
 * Stateless.
 */
final class GrandparentGloss {

    private static final Set<String> GRANDMOTHERS = WordSets.of("grootmoeder", "oma", "overgrootmoeder");
    private static final Set<String> GRANDFATHERS = WordSets.of("grootvader", "opa", "overgrootvader");
    private static final Set<String> GRANDPARENTS = WordSets.of("overgrootouder", "grootouder");
    /** Review ra (t24-cards): the sex of the grandparent words of {@code grandparent-words.txt}. */
    private static final Set<String> GRANDMOTHER_WORDS = WordSets.of("aji", "ajie", "nani");
    private static final Set<String> GRANDFATHER_WORDS = WordSets.of("aja", "nana", "dede");
    private static final Set<String> SIDES = WordSets.of("mzk", "vzk", "mz", "vz", "moederszijde", "vaderszijde",
            "moederskant", "vaderskant", "mk", "vk");

    private GrandparentGloss() {
    }

    /** The bracket right after token {@code i} is such a gloss. */
    static boolean after(List<Token> tokens, int i) {
        int n = tokens.size();
        int k = i + 1;
        if (k + 2 >= n || !tokens.get(k).is('(') || !tokens.get(k + 1).isWord()
                || !sexMatches(tokens.get(i).lower(), tokens.get(k + 1).lower()) || nameBefore(tokens, i)) {
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

    /**
     * Review ra (t24-cards): the Dutch noun of the gloss has the word's sex ("Aja (oma, 1958)" is a girl named Aja:
     * aja is a grandfather); "grootouder" fits both.
     */
    private static boolean sexMatches(String word, String gloss) {
        return GRANDPARENTS.contains(gloss)
                || GRANDMOTHERS.contains(gloss) && GRANDMOTHER_WORDS.contains(word)
                || GRANDFATHERS.contains(gloss) && GRANDFATHER_WORDS.contains(word);
    }

    /** Review ra: a capitalised word right before the word makes it a surname ("Mustafa Dede (opa, 1950)"). */
    private static boolean nameBefore(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return before.isWord() && before.capitalised();
    }
}
