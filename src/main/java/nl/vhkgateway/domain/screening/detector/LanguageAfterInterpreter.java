package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 17 rule (r17-cards): the language after the word for an interpreter ("via tolk Arabisch (moeder)", "tolk
 * Tigrinya (vader) aanwezig", "telefoontolk Pools"). The bracket after it names whom the interpreter spoke for, so the
 * rule of a name described by a family word in brackets must not take the language for a name. A flagged capitalised
 * word of the language list ({@code languages.txt}, {@link LanguageAfterKin#isLanguage}) right after a lower-case
 * interpreter word is the language. Any other word there stays what the other rules make of it ("tolk Yilmaz
 * (moeder)", "tolk Arabi" are names: no language). Stateless.
 */
final class LanguageAfterInterpreter {

    private static final Set<String> INTERPRETERS = Set.of("tolk", "tolken", "telefoontolk", "tolkentelefoon",
            "videotolk", "vertaler", "vertaalster", "tolkdienst");

    private LanguageAfterInterpreter() {
    }

    static void unflag(List<Token> tokens, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i < n; i++) {
            Token t = tokens.get(i);
            Token before = tokens.get(i - 1);
            if (flag[i] && t.isWord() && t.capitalised() && LanguageAfterKin.isLanguage(t.lower())
                    && before.isWord() && !before.capitalised() && INTERPRETERS.contains(before.lower())) {
                flag[i] = false;
            }
        }
    }
}
