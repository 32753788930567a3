package nl.vhkgateway.domain.screening.detector;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Round 18 rule (r18-names): a possessive of a regional language that is a given name too (Twents, Achterhoeks,
 * Drents, Gronings, Limburgs "Mien", "Dien", "Zien": my, your, his), capitalised at the start of a quoted sentence
 * before a noun of person or home, is no name: cards quote parents in their own language ("Vader: \"Mien jong doet niks
 * verkeerds\"", "Oma: \"Dien wicht is nog klein\""). A clearing rule:
 * <ul>
 * <li>the word is a possessive of {@code regional-possessives.txt};</li>
 * <li>it opens a sentence, or follows a quotation mark or a colon;</li>
 * <li>the next word is in lower case and a noun of the file or a kin word ("Mien jong", "Mien kinder", "Mien moeder"),
 * optionally after one adjective of {@link #ADJECTIVES} ("Mien lieve jong").</li>
 * </ul>
 * A verb, a capital, a bracket or a comma after it keeps the flag ("Mien zegt", "Mien Jansen", "Mien (oma)"), and so
 * does a family word, role or title right before it ("tante Mien jong" never reaches here: "tante Mien" is the aunt).
 * The words are data. Stateless.
 */
final class RegionalPossessive {

    private static final Set<String> POSSESSIVES = new HashSet<>();
    private static final Set<String> NOUNS = new HashSet<>();
    /** Adjectives a dialect speaker puts between the possessive and the noun. */
    private static final Set<String> ADJECTIVES = Set.of("lieve", "leve", "kleine", "lutke", "lutje", "olde", "oale",
            "ole", "arme", "beste", "eigen", "grote", "groot");

    static {
        WordLists.read("regional-possessives.txt", line -> {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 2 && parts[0].equals("possessive")) {
                POSSESSIVES.add(WordLists.lower(parts[1]));
            } else if (parts.length == 2 && parts[0].equals("noun")) {
                NOUNS.add(WordLists.lower(parts[1]));
            } else {
                throw new IllegalStateException("regional-possessives.txt: unreadable line: " + line);
            }
        });
        if (POSSESSIVES.isEmpty() || NOUNS.isEmpty()) {
            throw new IllegalStateException("regional-possessives.txt is empty");
        }
    }

    private RegionalPossessive() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !POSSESSIVES.contains(t.lower())
                    || !opensClause(tokens, i) || i > 0 && personWordBefore(tokens, role, words, i)) {
                continue;
            }
            int k = i + 1;
            if (k + 1 < n && tokens.get(k).isWord() && !tokens.get(k).capitalised()
                    && ADJECTIVES.contains(tokens.get(k).lower())) {
                k++;
            }
            Token noun = tokens.get(k);
            if (noun.isWord() && !noun.capitalised() && (NOUNS.contains(noun.lower()) || words.isKinOrRole(noun.lower()))
                    && !(k + 1 < n && tokens.get(k + 1).is('('))) {
                flag[i] = false;
            }
        }
    }

    /** The word opens a sentence, or follows a quotation mark or a colon ("Vader: \"Mien jong ...\""). */
    private static boolean opensClause(List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i).sentenceStart()) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return before.is('"') || before.is('\'') || before.is('“') || before.is('„') || before.is('‘')
                || before.is(':');
    }

    /** A family word, role or title right before the word ("tante Mien", "oma Dien"). */
    private static boolean personWordBefore(List<Token> tokens, int[] role, WordLists words, int i) {
        Token before = tokens.get(i - 1);
        return before.isWord() && ((role[i - 1] & (PersonNameDetector.TITLE | PersonNameDetector.KIN)) != 0
                || words.isKinOrRole(before.lower()));
    }
}
