package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 18 rule (r18-cards): a possessive pronoun of the Low Saxon dialects that is a listed given name too ("Mien" =
 * mijn, "Dien" = jouw; {@code regional-possessives.txt}), capitalised at the start of a sentence or a quote, is the
 * pronoun when a noun of family or home follows it right away: a kin word or an entry of
 * {@code regional-possessed-nouns.txt} ("Vader: \"Mien jong doet niks verkeerds.\"", "Mien kiender bint alles veur
 * mien"). A name is followed by a verb, a comma or a bracket, not by a bare noun: "Mien kookt", "Mien, de buurvrouw",
 * "Mien (oma)" and "tante Mien" (a family word, role or title right before) stay names, as does the word anywhere
 * else in a sentence. The words are data. Stateless.
 */
final class RegionalPossessive {

    private static final Set<String> POSSESSIVES = WordLists.lowerCaseSet("regional-possessives.txt");
    private static final Set<String> NOUNS = WordLists.lowerCaseSet("regional-possessed-nouns.txt");

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
            Token next = tokens.get(i + 1);
            if (!next.isWord() || next.capitalised() || !(NOUNS.contains(next.lower()) || words.isKinOrRole(next.lower()))
                    || i > 0 && personWordBefore(tokens, role, words, i)) {
                continue;
            }
            flag[i] = false;
        }
    }

    /** The word opens a sentence or a quote ("Vader: \"Mien jong ...\""). */
    private static boolean opensClause(List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i).sentenceStart()) {
            return true;
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
