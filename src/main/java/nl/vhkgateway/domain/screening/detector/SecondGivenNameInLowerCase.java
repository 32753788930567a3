package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 25 (t25-items): a double given name written in lower case after a family word ("vader dirk jan kan niet
 * lezen", "opa jan willem zegt"): a listed given name right after a lower-case given name that is flagged, before a
 * verb that wants a person, is the second part of the name. The verb after it is required: "vader kees wil" has the
 * verb "wil" (a listed given name too) in the second slot, and a word in that slot is read only when a verb follows
 * it. Not a function word, a kin or role word, a particle or a verb of {@link PersonNameDetector#isPersonVerb}.
 * Stateless.
 */
final class SecondGivenNameInLowerCase {

    private SecondGivenNameInLowerCase() {
    }

    static void flag(List<Token> tokens, boolean[] kin, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 2; i + 1 < n; i++) {
            Token first = tokens.get(i - 1);
            Token t = tokens.get(i);
            Token verb = tokens.get(i + 1);
            if (flag[i] || !flag[i - 1] || !kin[i - 1] || !first.isWord() || first.capitalised() || !t.isWord()
                    || t.capitalised() || !t.spaceBefore() || !verb.isWord() || verb.capitalised()
                    || !words.isKinOrRole(tokens.get(i - 2).lower())) {
                continue;
            }
            if (secondNameThenVerb(tokens, i, words)) {
                flag[i] = true;
            }
        }
    }

    /** A listed given name in lower case at {@code i} (not a verb, function, kin or role word), then a person's verb. */
    static boolean secondNameThenVerb(List<Token> tokens, int i, WordLists words) {
        if (i + 1 >= tokens.size()) {
            return false;
        }
        Token t = tokens.get(i);
        Token verb = tokens.get(i + 1);
        if (!t.isWord() || t.capitalised() || !verb.isWord() || verb.capitalised()) {
            return false;
        }
        String lower = t.lower();
        if (lower.length() < 3 || !TelegramWords.letters(lower) || !words.isFirstName(NameClassifier.capitalise(lower))
                || NameClassifier.isFunctionWord(lower) || words.isKinOrRole(lower) || words.isTitle(lower)
                || words.isTussenvoegsel(lower) || PersonNameDetector.isPersonVerb(lower)) {
            return false;
        }
        return PersonNameDetector.isPersonVerb(verb.lower());
    }
}
