package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 17 rule (r17-cards, after the review of rev-allow): a grandparent word of Sarnami or Turkish that is a given
 * name too ({@code grandparent-words.txt}: nana, nani, aja, aji, dede) is the relative, not a name, only with kin
 * evidence in the sentence:
 * <ul>
 * <li>joined by "en", "&amp;" or a comma to a kin word or another such word ("bij babaanne en dede", "Nana en nani
 * (mzk)", "oma en dede");</li>
 * <li>a family side or a kin word in brackets right after it ("nani (mzk)", "Dede (vzk)", "Aji (oma)");</li>
 * <li>written in lower case after a possessive or the article "de" ("haar nani", "de dede van vader").</li>
 * </ul>
 * Alone ("Nana zit in groep 4", "Gesproken met Aja op school"), after a kin word ("dochter Nana") and before an age
 * ("Nani (6)", "Nana, 7 jaar") it stays a name.
 *
 * <p>Round 18 (r18-cards): the evidence may stand elsewhere on the card. A card that uses the word for the relative
 * somewhere ({@link CardEvidence}: in lower case in running text, "de kinderen gaan naar nani", or with the evidence above,
 * "Nana en nani (mzk)") and nowhere for a person named so (never after a kin word, before an age, a bracket or an
 * apposition, never in a sentence of school or play or beside the lower-case word; {@link #personEvidence}) means
 * the relative by it
 * in every sentence, also capitalised alone at a sentence start ("Nani woont op een flat", "Nana: ..."), unless the
 * card gives one of its persons the word's initial ("broertje N. (2016)": a child may be called so). Stateless.
 */
final class GrandparentWord {

    private static final Set<String> WORDS = WordLists.lowerCaseSet("grandparent-words.txt");
    private static final Set<String> SIDES = Set.of("mzk", "vzk", "mz", "vz", "moederszijde", "vaderszijde",
            "moederskant", "vaderskant", "mk", "vk");
    private static final Set<String> OPENERS = Set.of("haar", "zijn", "z'n", "m'n", "mijn", "hun", "onze", "de");
    private static final Set<String> JOINERS = Set.of("en", "&");

    private GrandparentWord() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words, Set<String> cardRelatives) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || t.allCaps() || !WORDS.contains(t.lower())
                    || i > 0 && tokens.get(i - 1).isWord() && kin(tokens.get(i - 1), role, words, i - 1)
                    || ageAfter(tokens, i)) {
                continue;
            }
            if (cardRelatives.contains(t.lower()) || joinedToKin(tokens, role, words, i) || sideAfter(tokens, words, i)
                    || !t.capitalised() && i > 0 && tokens.get(i - 1).isWord()
                    && OPENERS.contains(tokens.get(i - 1).lower())) {
                flag[i] = false;
            }
        }
    }

    /**
     * What the segments of one card teach (round 18): a grandparent word used for the relative (in lower case, or with
     * the evidence of {@link #unflag} in its sentence), one used for a person named so (after a kin word, "kleindochter
     * Nana", or before an age, "Nani (6)"), and the initials the card gives its persons ("S. (2011)", "broertje D.
     * (2016)"). Not thread-safe: one instance per card analysis.
     */
    static final class CardEvidence {
        private final Set<String> relatives = new java.util.HashSet<>();
        private final Set<String> named = new java.util.HashSet<>();
        private final Set<Character> initials = new java.util.HashSet<>();

        void learn(List<Token> tokens, WordLists words) {
            int n = tokens.size();
            int[] noRoles = null;
            for (int i = 0; i < n; i++) {
                Token t = tokens.get(i);
                if (initialWithNumber(tokens, i)) {
                    initials.add(Character.toLowerCase(t.text().charAt(0)));
                }
                if (!t.isWord() || t.allCaps() || !WORDS.contains(t.lower())) {
                    continue;
                }
                if (noRoles == null) {
                    noRoles = new int[n];
                }
                boolean relative = !t.capitalised() || joinedToKin(tokens, noRoles, words, i) || sideAfter(tokens, words, i);
                if (i > 0 && tokens.get(i - 1).isWord() && kin(tokens.get(i - 1), noRoles, words, i - 1)
                        && !WORDS.contains(tokens.get(i - 1).lower()) || ageAfter(tokens, i)
                        || t.capitalised() && !relative && personEvidence(tokens, i)) {
                    named.add(t.lower());
                } else if (relative) {
                    relatives.add(t.lower());
                }
            }
        }

        /**
         * The words the card uses for the relative only: never for a person named so, and not opening with the
         * initial of one of the card's persons ("D. (2016)" may be a child called Dede).
         */
        Set<String> relatives() {
            Set<String> out = new java.util.HashSet<>(relatives);
            out.removeAll(named);
            out.removeIf(w -> initials.contains(w.charAt(0)));
            return out;
        }
    }

    /** Words of school and play that make the word's sentence about a child ("Nana zit in groep 5"). */
    private static final Set<String> CHILD_WORDS = Set.of("groep", "klas", "school", "basisschool", "juf", "meester",
            "mentor", "leerkracht", "speelt", "spelen", "kinderopvang", "bso", "peuterspeelzaal", "creche", "crèche");
    private static final Set<String> COPULAS = Set.of("is", "wordt", "werd", "was");
    /** A grandparent's age is above this; "Dede is 15 (jaar)" names a child. */
    private static final int CHILD_AGE_LIMIT = 30;

    /**
     * Round 18 review (rev-allow): the capitalised word is a person named so, not the relative, in its sentence when
     * a bracket that is no family side follows ("Dede (de oudste)"), an apposition follows ("Nana, de zus van S.,"),
     * a copula and an age under 30 follow ("Dede is 15 jaar"), the sentence speaks of school or play ("Nana zit in
     * groep 5"), or the same sentence uses the word in lower case too ("Aja speelt buiten; haar aja kookt": two
     * persons).
     */
    private static boolean personEvidence(List<Token> tokens, int i) {
        int n = tokens.size();
        if (i + 1 < n && tokens.get(i + 1).is('(')) {
            return true; // sideAfter was checked by the caller
        }
        if (i + 2 < n && tokens.get(i + 1).is(',') && tokens.get(i + 2).isWord()
                && Set.of("de", "het", "een", "onze", "haar", "zijn").contains(tokens.get(i + 2).lower())) {
            return true;
        }
        if (i + 2 < n && tokens.get(i + 1).isWord() && COPULAS.contains(tokens.get(i + 1).lower())
                && tokens.get(i + 2).isNumber() && youngAge(tokens.get(i + 2).text())) {
            return true;
        }
        int from = i;
        while (from > 0 && !sentenceEnd(tokens.get(from - 1))) {
            from--;
        }
        int to = i + 1;
        while (to < n && !sentenceEnd(tokens.get(to))) {
            to++;
        }
        for (int k = from; k < to; k++) {
            Token w = tokens.get(k);
            if (k != i && w.isWord() && (CHILD_WORDS.contains(w.lower())
                    || WORDS.contains(w.lower()) && w.lower().equals(tokens.get(i).lower()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sentenceEnd(Token t) {
        return t.is('.') || t.is('!') || t.is('?') || t.is('\n');
    }

    private static boolean youngAge(String digits) {
        try {
            return Integer.parseInt(digits) < CHILD_AGE_LIMIT;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    /** "S. (2011)", "D. (9 jaar)", "R. 2016": a one-letter initial with its period before a number. */
    private static boolean initialWithNumber(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isWord() || t.text().length() != 1 || !Character.isUpperCase(t.text().charAt(0))
                || i + 2 >= tokens.size() || !tokens.get(i + 1).is('.')) {
            return false;
        }
        int k = i + 2;
        if (tokens.get(k).is('(') && k + 1 < tokens.size()) {
            k++;
        }
        return tokens.get(k).isNumber();
    }

    private static boolean kin(Token t, int[] role, WordLists words, int k) {
        return (role[k] & PersonNameDetector.KIN) != 0 || words.isKinOrRole(t.lower()) || WORDS.contains(t.lower());
    }

    /** "X en oma", "oma en X", "nana, nani": a kin word on the other side of a joiner. */
    private static boolean joinedToKin(List<Token> tokens, int[] role, WordLists words, int i) {
        int n = tokens.size();
        if (i + 2 < n && tokens.get(i + 2).isWord() && joined(tokens.get(i + 1), tokens.get(i + 2), role, words, i + 2)
                && !ageAfter(tokens, i + 2)) {
            return true;
        }
        return i >= 2 && tokens.get(i - 2).isWord() && joined(tokens.get(i - 1), tokens.get(i - 2), role, words, i - 2);
    }

    /**
     * "en"/"&amp;" before a kin word, or a comma before another grandparent word ("nana, nani"); a comma before any
     * other kin word is an apposition ("De oudste, Nana, past op": rev-allow-155).
     */
    private static boolean joined(Token joiner, Token other, int[] role, WordLists words, int k) {
        if (joiner.is(',')) {
            return WORDS.contains(other.lower());
        }
        return (joiner.is('&') || joiner.isWord() && JOINERS.contains(joiner.lower())) && kin(other, role, words, k);
    }

    /** "(mzk)", "(vzk)", "(oma)" right after the word. */
    private static boolean sideAfter(List<Token> tokens, WordLists words, int i) {
        if (i + 3 >= tokens.size() || !tokens.get(i + 1).is('(') || !tokens.get(i + 3).is(')')) {
            return false;
        }
        Token w = tokens.get(i + 2);
        return w.isWord() && (SIDES.contains(w.lower()) || words.isKinOrRole(w.lower()));
    }

    /** A number right after the word, after its bracket or after a comma ("Nani (6)", "Nana, 7 jaar"). */
    private static boolean ageAfter(List<Token> tokens, int i) {
        int k = i + 1;
        if (k < tokens.size() && (tokens.get(k).is('(') || tokens.get(k).is(','))) {
            k++;
        }
        return k < tokens.size() && tokens.get(k).isNumber();
    }
}
