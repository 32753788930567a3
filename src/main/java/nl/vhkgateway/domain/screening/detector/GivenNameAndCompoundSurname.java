package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 12 (telegram): a listed given name followed by a listed surname that is also a compound ending like an
 * institution ("Kübra Kamphuis", "Anna Blokhuis", "Piet Bijkerk") is a person, not an institution named after one
 * ("Leo Kannerhuis", "Jeroen Bosch Ziekenhuis"): the given name must be a listed given name that is no ordinary word,
 * the surname a listed surname longer than its head ("Huis", "Kerk", "School" alone stay heads), and no capitalised word
 * may follow (an institution's name runs on: "Anna Kamphuis Stichting"). Streets ("-straat", "-laan", "-weg") are left to
 * the address rules. Round 22: after a kin word or a form of address in lower case the given name need not be listed
 * ("vader Eppo Dijkhuis", {@link #givenAfterKin}). Stateless.
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
        boolean listedGiven = cls[i - 1] == NameClassifier.WordClass.NAME && words.isFirstName(g.text());
        if (!t.isWord() || !t.capitalised() || t.allCaps() || !g.isWord() || !g.capitalised() || g.allCaps()
                || !listedGiven && !givenAfterKin(tokens, words, i - 1)
                || !words.isSurname(t.text()) || STANDALONE.contains(lower) || !compound(lower)) {
            return false;
        }
        if (i >= 2 && tokens.get(i - 2).isWord() && !tokens.get(i - 2).capitalised()
                && ARTICLES.contains(tokens.get(i - 2).lower())) {
            return false; // "in de Maria Bovenkerk": an article names a building
        }
        return !(i + 1 < n && tokens.get(i + 1).isWord() && tokens.get(i + 1).capitalised() && tokens.get(i + 1).spaceBefore());
    }

    /**
     * Round 22 (t22-names): a capitalised word that no dictionary holds right after a kin word or form of address in
     * lower case or opening the sentence ("vader Eppo Dijkhuis", "Vader Eppo Dijkhuis is boos", "oom Eppo Kamphuis"): the kin word says that a given name follows, listed or
     * not, so the listed surname after it is the person's, not the head of an institution ("oma Sint Jozefhuis" has no
     * listed surname and stays).
     */
    private static boolean givenAfterKin(List<Token> tokens, WordLists words, int g) {
        if (g < 1) {
            return false;
        }
        Token kin = tokens.get(g - 1);
        String given = tokens.get(g).lower();
        return kin.isWord() && (!kin.capitalised() || kin.sentenceStart())
                && (words.isKinOrRole(kin.lower()) || words.isTitle(kin.lower()))
                && !words.isDutchWord(given) && !words.allowed().containsWord(given) && !words.isPlaceInContext(given);
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
