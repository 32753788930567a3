package nl.vhkgateway.domain.screening.detector;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Round 17 rule (r17-allow): a personal pronoun of a regional language (Frisian "Hy", "Wy"; Low Saxon "Wi'j", "Zi'j",
 * "Hi'j", "Gi'j", "Wiej"; Drents "Ie"), capitalised at the start of a sentence or a quote, is no name: cards quote
 * parents in their own language ("Vader: \"Wi'j redt ons wel\"", "Mem: \"Hy is gjin min man\""). A clearing rule:
 * <ul>
 * <li>the word is an entry of {@code regional-pronouns.txt} that no given-name, surname or weak-name list holds;</li>
 * <li>it opens a sentence or follows a quotation mark or a colon;</li>
 * <li>a lower-case word follows it (the verb of the clause: "Wi'j bin't", "Hy is"); a capital, a bracket, a comma or
 * the end of the text after it keeps the flag ("Hy (7)", "Wiej, de buurman"), and so does a family word, role or title
 * right before it ("moeder Hy", "meneer Sy").</li>
 * </ul>
 * The words are data. Stateless.
 */
final class RegionalPronoun {

    private static final Set<String> PRONOUNS = load();

    private RegionalPronoun() {
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        WordLists.read("regional-pronouns.txt", w -> words.add(WordLists.lower(w)));
        if (words.isEmpty()) {
            throw new IllegalStateException("regional-pronouns.txt is empty");
        }
        return Set.copyOf(words);
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() && t.text().length() > 1) {
                continue;
            }
            String lower = WordLists.lower(t.text());
            if (!PRONOUNS.contains(lower) || words.isName(t.text()) || words.isFirstNameLower(lower)
                    || words.isWeakName(lower)) {
                continue;
            }
            Token next = tokens.get(i + 1);
            if (!QuoteTracker.opensClause(tokens, i) || !next.isWord() || next.capitalised() || i > 0 && personWordBefore(tokens, role, words, i)) {
                continue;
            }
            flag[i] = false;
        }
    }


    /** A family word, role or title right before the word ("moeder Hy", "meneer Sy"; also {@link FrisianOpener}). */
    static boolean personWordBefore(List<Token> tokens, int[] role, WordLists words, int i) {
        Token before = tokens.get(i - 1);
        return before.isWord() && ((role[i - 1] & (PersonNameDetector.TITLE | PersonNameDetector.KIN)) != 0
                || words.isKinOrRole(before.lower()));
    }
}
