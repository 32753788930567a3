package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 18 rule (r18-cards): a possessive pronoun of the Low Saxon dialects that is a listed given name too ("Mien" =
 * mijn, "Dien" = jouw; {@code regional-possessives.txt}), capitalised right after an opening quotation mark, is the
 * pronoun when a noun of family or home of {@code regional-possessed-nouns.txt} follows it right away or after one
 * adjective of {@link #ADJECTIVES} ("Vader: \"Mien jong doet niks verkeerds.\"", "\"Mien kiender bint alles veur
 * mien\"", "\"Mien lieve jong\""). A name is followed by a verb, a comma or
 * a bracket, not by a bare noun: "Mien kookt", "Mien, de buurvrouw", "Mien (oma)" and "tante Mien" (a family word,
 * role or title right before) stay names, and so does the word outside a quote ("Mien kleinzoon S. logeert bij
 * haar": review rev-allow) or before a kin word the list does not hold. The words are data. Stateless.
 */
final class RegionalPossessive {

    private static final Set<String> POSSESSIVES = WordLists.lowerCaseSet("regional-possessives.txt");
    private static final Set<String> NOUNS = WordLists.lowerCaseSet("regional-possessed-nouns.txt");
    /** Adjectives a dialect speaker puts between the possessive and the noun ("Mien lieve jong"; r18-names). */
    private static final Set<String> ADJECTIVES = Set.of("lieve", "leve", "kleine", "lutke", "lutje", "olde", "oale",
            "ole", "arme", "beste", "eigen", "grote", "groot");

    private RegionalPossessive() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !POSSESSIVES.contains(t.lower())
                    || !opensClause(tokens, i)) {
                continue;
            }
            int k = i + 1;
            if (k + 1 < n && tokens.get(k).isWord() && !tokens.get(k).capitalised()
                    && ADJECTIVES.contains(tokens.get(k).lower())) {
                k++;
            }
            Token next = tokens.get(k);
            if (!next.isWord() || next.capitalised() || !NOUNS.contains(next.lower())
                    || i > 0 && personWordBefore(tokens, role, words, i)) {
                continue;
            }
            flag[i] = false;
        }
    }

    /**
     * The word opens a quote ("Vader: \"Mien jong ...\""): the dialect is quoted speech (review rev-allow: "Mien
     * kleinzoon S. logeert vaak bij haar" in the writer's own sentence is the grandmother).
     */
    private static boolean opensClause(List<Token> tokens, int i) {
        if (i == 0) {
            return false;
        }
        Token before = tokens.get(i - 1);
        return before.is('"') || before.is('\'') || before.is('“') || before.is('„') || before.is('‘');
    }

    /** A family word, role or title right before the word ("tante Mien", "oma Dien"). */
    private static boolean personWordBefore(List<Token> tokens, int[] role, WordLists words, int i) {
        Token before = tokens.get(i - 1);
        return before.isWord() && ((role[i - 1] & (PersonNameDetector.TITLE | PersonNameDetector.KIN)) != 0
                || words.isKinOrRole(before.lower()));
    }
}
