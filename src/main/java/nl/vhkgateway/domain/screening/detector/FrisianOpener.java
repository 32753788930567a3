package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 23 rule (t23-cards): a card line written in Frisian ("Graach advys: is in OTS nedich?") opens with a Frisian
 * adverb or verb that no Dutch list holds, so the word-at-sentence-start rule took it for a name. Capitalisation at a
 * sentence start says nothing; the language of the line does. A clearing rule:
 * <ul>
 * <li>the word is an entry of {@code frisian-words.txt} (Frisian words that are no Dutch words: graach, hjoed,
 * miskien, moat, nedich ...) that no given-name, surname or weak-name list holds, capitalised (not in capitals);</li>
 * <li>it opens a sentence or follows a quotation mark or a colon, and a lower-case word follows it ("Graach advys",
 * "Hjoed is ..."); a capital, a bracket, a comma or the end after it keeps the flag;</li>
 * <li>another word of the list or of {@code frisian-nouns.txt} (nouns, numerals and indefinite pronouns: skoalle,
 * bern, neat ...; never cleared themselves, review rb: "Ien is de buurfrou"), in lower case and no listed given name,
 * stands in the same paragraph (the line is Frisian: "advys", "nedich");</li>
 * <li>no family word, role or title right before it.</li>
 * </ul>
 * Frisian pronouns are {@link RegionalPronoun}'s, Frisian kin words are read as kin words elsewhere. The words are
 * data. Stateless.
 */
final class FrisianOpener {

    private static final Set<String> FRISIAN = WordLists.lowerCaseSet("frisian-words.txt");
    /** Review rb: nouns, numerals and indefinite pronouns open a sentence as a name does; evidence only. */
    private static final Set<String> NOUNS = WordLists.lowerCaseSet("frisian-nouns.txt");

    private FrisianOpener() {
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps()) {
                continue;
            }
            String lower = t.lower();
            if (!FRISIAN.contains(lower) || words.isName(t.text()) || words.isFirstNameLower(lower)
                    || words.isWeakName(lower)) {
                continue;
            }
            Token next = tokens.get(i + 1);
            if (!QuoteTracker.opensClause(tokens, i) || !next.isWord() || next.capitalised()
                    || i > 0 && RegionalPronoun.personWordBefore(tokens, role, words, i) || !otherFrisianWord(tokens, words, i)) {
                continue;
            }
            flag[i] = false;
        }
    }

    /** Another Frisian word of the list in lower case, not a listed given name, elsewhere in the paragraph. */
    private static boolean otherFrisianWord(List<Token> tokens, WordLists words, int i) {
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (k != i && t.isWord() && !t.capitalised() && (FRISIAN.contains(t.lower()) || NOUNS.contains(t.lower()))
                    && !words.isFirstNameLower(t.lower())) {
                return true;
            }
        }
        return false;
    }


}
