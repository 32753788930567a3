package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 12 (telegram): a listed given name followed by a listed surname that is also a compound ending like an
 * institution ("Kübra Kamphuis", "Anna Blokhuis", "Piet Bijkerk") is a person, not an institution named after one
 * ("Leo Kannerhuis", "Jeroen Bosch Ziekenhuis"): the given name must be a listed given name that is no ordinary word,
 * the surname a listed surname longer than its head ("Huis", "Kerk", "School" alone stay heads), and no capitalised word
 * may follow (an institution's name runs on: "Anna Kamphuis Stichting"). Streets ("-straat", "-laan", "-weg") are left to
 * the address rules. Stateless.
 */
final class GivenNameAndCompoundSurname {

    private static final String[] HEADS = {"huis", "kerk", "school", "college", "kliniek", "centrum", "tempel"};
    private static final Set<String> STANDALONE = Set.of("huis", "kerk", "school", "college", "kliniek", "centrum",
            "tempel", "thuis");
    private static final Set<String> ARTICLES = Set.of("de", "het", "'t", "een");

    private GivenNameAndCompoundSurname() {
    }

    /** The capitalised word at {@code i} is the surname of the listed given name before it. */
    static boolean surnameOfGivenName(List<Token> tokens, NameClassifier.WordClass[] cls, WordLists words, int i) {
        int n = tokens.size();
        if (i < 1 || i >= n) {
            return false;
        }
        Token t = tokens.get(i);
        Token g = tokens.get(i - 1);
        String lower = t.lower();
        if (!t.isWord() || !t.capitalised() || t.allCaps() || !g.isWord() || !g.capitalised() || g.allCaps()
                || cls[i - 1] != NameClassifier.WordClass.NAME || !words.isFirstName(g.text())
                || !words.isSurname(t.text()) || STANDALONE.contains(lower) || !compound(lower)) {
            return false;
        }
        if (i >= 2 && tokens.get(i - 2).isWord() && !tokens.get(i - 2).capitalised()
                && ARTICLES.contains(tokens.get(i - 2).lower())) {
            return false; // "in de Maria Bovenkerk": an article names a building
        }
        return !(i + 1 < n && tokens.get(i + 1).isWord() && tokens.get(i + 1).capitalised() && tokens.get(i + 1).spaceBefore());
    }

    private static boolean compound(String lower) {
        for (String head : HEADS) {
            if (lower.endsWith(head) && lower.length() > head.length() + 2) {
                return true;
            }
        }
        return false;
    }
}
