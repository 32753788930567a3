package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 20 (t20-names): an English kin word, a given name in lower case and an English verb of a person: "auntie ama
 * says the children can stay", "uncle kofi said ...". An expat parent's or a family's English quoted on the card; the
 * Dutch kin words have this rule in {@code PersonNameDetector.kinGivenNameInLowerCase}, the English ones are no kin
 * words of {@code kin-roles.txt}. Only a word a given-name list holds, before a verb that wants a person ("says",
 * "wants", "will"); "my auntie is nice", "the uncle says no" have no name. Stateless.
 */
final class EnglishKinGivenName {

    private static final Set<String> ENGLISH_KIN = Set.of("auntie", "aunty", "aunt", "uncle", "grandma", "grandpa",
            "granny", "grandmother", "grandfather", "cousin");
    private static final Set<String> ENGLISH_PERSON_VERBS = Set.of("says", "said", "told", "tells", "wants", "wanted",
            "thinks", "thought", "lives", "lived", "called", "calls", "will", "would", "can", "could", "has", "had",
            "is", "was", "came", "comes", "picks", "picked", "takes", "took", "helps", "helped");

    private EnglishKinGivenName() {
    }

    static void flag(List<Token> tokens, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (flag[i] || !t.isWord() || t.lower().length() < 2 || !TelegramWords.letters(t.lower())
                    || !tokens.get(i - 1).isWord() || !ENGLISH_KIN.contains(tokens.get(i - 1).lower())
                    || !tokens.get(i + 1).isWord() || !ENGLISH_PERSON_VERBS.contains(tokens.get(i + 1).lower())) {
                continue;
            }
            String lower = t.lower();
            if (ENGLISH_PERSON_VERBS.contains(lower) || NameClassifier.isFunctionWord(lower)
                    || words.isKinOrRole(lower)) {
                continue;
            }
            if (words.isFirstName(NameClassifier.capitalise(lower)) || words.isWeakName(lower)) {
                flag[i] = true;
            }
        }
    }
}
