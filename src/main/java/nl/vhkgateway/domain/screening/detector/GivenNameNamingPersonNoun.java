package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 25 rule (t25-new): a given name that closes its sentence after a comma, naming the person the clause before
 * introduced with "een" and a person noun ("heeft contact met een jongen van 17 uit Overvecht, Daan.", "ze logeert
 * bij een vriendin in Zwolle, Noor."): the name is an afterthought apposition of "een jongen". The word must be a
 * listed given name (also one that is a place abroad or a place in context: "Milan", "Elst") and the sentence must end
 * right after it.
 * Stays: a place of no given-name list ("een jongen uit Overvecht, Utrecht."), a place after a place (review ra: "een
 * vriendin in Australië, Sydney."), a name with more after it ("..., Daan
 * weet ervan": other rules read it), a sentence with no "een" and a person noun before the comma ("woont in Oss,
 * Elst."), kin words and roles. Stateless.
 */
final class GivenNameNamingPersonNoun {

    private static final Set<String> PERSON_NOUNS = WordSets.of("jongen", "meisje", "man", "vrouw", "jongeman",
            "jongedame", "vriend", "vriendin", "vriendje", "vriendinnetje", "buurjongen", "buurmeisje", "klasgenoot",
            "klasgenote", "jongere", "volwassene", "partner", "leeftijdsgenoot", "oudere");
    private static final int WINDOW = 14;
    /** Countries, provinces and islands ({@code places-regions.txt}): "in Italië, Roma" names a town there. */
    private static final Set<String> REGIONS = WordLists.lowerCaseSet("places-regions.txt");

    private GivenNameNamingPersonNoun() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 2; i < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !tokens.get(i - 1).is(',')
                    || !words.isFirstName(t.text()) || words.isKinOrRole(t.lower()) || words.isTitle(t.lower())
                    || !endsSentence(tokens, i + 1) || !personNounBefore(tokens, i - 1)
                    || cityAfterPlace(tokens, words, i)) {
                continue;
            }
            flag[i] = true;
        }
    }

    /**
     * Review ra (Rra-312..316): "een vriendin in Australië, Sydney.": a country, province or island right before the comma
     * ({@code places-regions.txt}) is followed by a town of it, not the person's name ("in Italië, Roma"); after a
     * neighbourhood or town ("uit Overvecht, Daan.") the word stays the person's name.
     */
    private static boolean cityAfterPlace(List<Token> tokens, WordLists words, int i) {
        Token before = tokens.get(i - 2);
        return before.isWord() && before.capitalised() && REGIONS.contains(before.lower());
    }


    private static boolean endsSentence(List<Token> tokens, int k) {
        return k >= tokens.size() || tokens.get(k).is('.') || tokens.get(k).is('!');
    }

    /** "een" and a person noun (up to one adjective between) in the same sentence before the comma. */
    private static boolean personNounBefore(List<Token> tokens, int comma) {
        for (int k = comma - 1; k >= 1 && comma - k <= WINDOW; k--) {
            Token t = tokens.get(k);
            if (t.is('.') || t.is('!') || t.is('?') || t.is(';') || t.is(':')) {
                return false;
            }
            if (t.isWord() && PERSON_NOUNS.contains(t.lower())) {
                Token before = tokens.get(k - 1);
                Token before2 = k >= 2 ? tokens.get(k - 2) : null;
                if (before.isWord() && before.lower().equals("een")
                        || before2 != null && before2.isWord() && before2.lower().equals("een") && before.isWord()
                        && !before.capitalised()) {
                    return true;
                }
            }
        }
        return false;
    }
}
