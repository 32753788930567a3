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
 * ("Nani (6)", "Nana, 7 jaar") it stays a name. Stateless.
 */
final class GrandparentWord {

    private static final Set<String> WORDS = WordLists.lowerCaseSet("grandparent-words.txt");
    private static final Set<String> SIDES = Set.of("mzk", "vzk", "mz", "vz", "moederszijde", "vaderszijde",
            "moederskant", "vaderskant", "mk", "vk");
    private static final Set<String> OPENERS = Set.of("haar", "zijn", "z'n", "m'n", "mijn", "hun", "onze", "de");
    private static final Set<String> JOINERS = Set.of("en", "&");

    private GrandparentWord() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        unflag(tokens, role, flag, words, Set.of());
    }

    /**
     * @param cardKinWords the grandparent words the card uses as kin words elsewhere (round 18, {@link #learn}): such
     *                     a word is the relative here too, also alone at a sentence start ("Nani woont op een flat",
     *                     "Nana: \"...\""), unless a kin word stands before it ("dochter Nana") or an age after it
     */
    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words, Set<String> cardKinWords) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || t.allCaps() || !WORDS.contains(t.lower())
                    || i > 0 && tokens.get(i - 1).isWord() && kin(tokens.get(i - 1), role, words, i - 1)
                    || ageAfter(tokens, i)) {
                continue;
            }
            if (kinEvidence(tokens, role, words, i)
                    || cardKinWords.contains(t.lower()) && !otherRoleStated(tokens, role, words, i)) {
                flag[i] = false;
            }
        }
    }

    /** Grandparent nouns: a predicate of these agrees with the card's kin reading ("Nani is de oma van S."). */
    private static final Set<String> GRANDPARENT_NOUNS = Set.of("oma", "opa", "grootmoeder", "grootvader",
            "grootouder", "grootouders", "overgrootmoeder", "overgrootvader", "omaatje", "opaatje");
    /** Words of school and play that make the word a child's name ("Aja zit bij K. in de klas"). */
    private static final Set<String> CHILD_CONTEXT = Set.of("klas", "groep", "school", "juf", "meester", "mentor",
            "leerling", "klasgenoot", "klasgenote", "vriendje", "vriendinnetje", "speelt", "speelde", "kinderopvang",
            "bso", "peuterspeelzaal");

    /**
     * Review of round 18: the sentence itself gives the word another role than a grandparent ("Dede is de oudere
     * neef van de kinderen", "Aja, de zus van K., ...", "Aja zit bij K. in de klas"): then the card's kin reading does
     * not hold here and the flag stays. Read: "is"/"was"/a comma and, within four words, a kin or role word that is no
     * grandparent noun; or a word of school and play anywhere in the sentence.
     */
    private static boolean otherRoleStated(List<Token> tokens, int[] role, WordLists words, int i) {
        int n = tokens.size();
        int k = i + 1;
        if (k < n && (tokens.get(k).is(',') || tokens.get(k).isWord()
                && (tokens.get(k).lower().equals("is") || tokens.get(k).lower().equals("was")))) {
            for (int m = k + 1; m < n && m <= k + 4; m++) {
                Token w = tokens.get(m);
                if (w.is('.') || w.is(';')) {
                    break;
                }
                if (w.isWord() && (words.isKinOrRole(w.lower()) || (role[m] & PersonNameDetector.KIN) != 0)
                        && !GRANDPARENT_NOUNS.contains(w.lower()) && !WORDS.contains(w.lower())) {
                    return true;
                }
            }
        }
        for (int m = sentenceStart(tokens, i); m < n; m++) {
            Token w = tokens.get(m);
            if (m > i && w.isWord() && w.sentenceStart()) {
                break;
            }
            if (w.isWord() && CHILD_CONTEXT.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }

    private static int sentenceStart(List<Token> tokens, int i) {
        int m = i;
        while (m > 0 && !tokens.get(m).sentenceStart()) {
            m--;
        }
        return m;
    }

    /**
     * Round 18 (r18-names): the grandparent words a card uses as kin words, read from every segment before the names
     * are looked for: the evidence of {@link #unflag} (joined to a kin word, a family side in brackets after it, lower
     * case after a possessive). Not after a kin word ("dochter nana") and not before an age.
     */
    static void learn(List<Token> tokens, int[] role, WordLists words, Set<String> out) {
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            if (!t.isWord() || t.allCaps() || !WORDS.contains(t.lower())
                    || i > 0 && tokens.get(i - 1).isWord() && kin(tokens.get(i - 1), role, words, i - 1)
                    && !WORDS.contains(tokens.get(i - 1).lower())
                    || ageAfter(tokens, i)) {
                continue;
            }
            if (kinEvidence(tokens, role, words, i)) {
                out.add(t.lower());
            }
        }
    }

    /**
     * Round 18 (r18-names), after the card's first pass: the word in lower case inside a sentence, after a lower-case
     * word, that the name rules did not take for a name there ("door naar nani te gaan"): the writer uses it as a kin
     * word. A lower-case word the rules flagged ("met nana gespeeld" read as a name) teaches nothing.
     */
    static void learnLowerCase(List<Token> tokens, boolean[] flag, int[] role, WordLists words, Set<String> out) {
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            Token t = tokens.get(i);
            Token before = tokens.get(i - 1);
            if (!flag[i] && t.isWord() && !t.capitalised() && !t.sentenceStart() && WORDS.contains(t.lower())
                    && before.isWord() && !before.capitalised() && !kin(before, role, words, i - 1)
                    && !ageAfter(tokens, i)) {
                out.add(t.lower());
            }
        }
    }

    private static boolean kinEvidence(List<Token> tokens, int[] role, WordLists words, int i) {
        Token t = tokens.get(i);
        return joinedToKin(tokens, role, words, i) || sideAfter(tokens, words, i)
                || !t.capitalised() && i > 0 && tokens.get(i - 1).isWord()
                && OPENERS.contains(tokens.get(i - 1).lower());
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
