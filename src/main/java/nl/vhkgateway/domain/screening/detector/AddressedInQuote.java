package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 11 rule: a message quoted on a card that opens by addressing someone ("mo kom je vanavond?", "'sem, waar ben
 * je'"): a lower-case listed given name right after the opening quote, before a comma or before a verb and "je"/"jij"
 * (a question to the person named), also a name that the dictionary holds ("roos kom je"). Function words and common
 * words stay ("'dan kom je toch'", "'ga je
 * mee?'"). Stateless.
 */
final class AddressedInQuote {

    private static final Set<String> YOU = Set.of("je", "jij", "jullie", "u");

    private AddressedInQuote() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || t.capitalised() || !quote(tokens.get(i - 1))) {
                continue;
            }
            String lower = t.lower();
            if (lower.length() < 2 || !words.isFirstNameLower(lower)
                    || NameClassifier.isFunctionWord(lower) || words.isKinOrRole(lower) || words.isCommonWord(lower)) {
                continue;
            }
            boolean addressed = tokens.get(i + 1).is(',') || i + 2 < n && tokens.get(i + 1).isWord()
                    && !tokens.get(i + 1).capitalised() && tokens.get(i + 2).isWord() && YOU.contains(tokens.get(i + 2).lower());
            if (addressed) {
                flag[i] = true;
            }
        }
    }

    private static boolean quote(Token t) {
        return t.is('"') || t.is('\'') || t.is('“') || t.is('‘') || t.is('„');
    }
}
