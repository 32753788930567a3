package nl.vhkgateway.domain.screening.detector;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Round 13 rule (r13-labels): a language's name after a kin word, in a clause that continues a clause about speaking
 * with its verb left out, is no name ("Moeder spreekt Nederlands, vader Turks.", "oma praat Arabisch en opa
 * Berbers"). The word must be in the list of language names (languages.txt); the kin word must follow a comma,
 * semicolon or "en" right before it; earlier in the same sentence a verb or noun of speaking must stand
 * ("spreekt", "verstaat", "thuistaal" ...) followed, before the comma, by a language name too; the word must be the
 * last of its clause (a full stop, comma, semicolon, "en", a bracket or the end after it). "vader Yilmaz" stays a name
 * (not a language); "vader Turks" without a speaking clause before stays what the other rules make of it. Stateless.
 */
final class LanguageAfterKin {

    private static final Set<String> LANGUAGES = new HashSet<>();
    private static final Set<String> SPEAKING = Set.of("spreekt", "spreken", "sprak", "spraken", "praat", "praten",
            "verstaat", "verstaan", "thuistaal", "moedertaal", "taal", "talen", "schrijft", "leest", "tolk",
            "communiceert", "communiceren");
    private static final int WINDOW = 14;

    static {
        WordLists.read("languages.txt", w -> LANGUAGES.add(WordLists.lower(w)));
    }

    private LanguageAfterKin() {
    }

    static boolean isLanguage(String lower) {
        return LANGUAGES.contains(lower);
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag) {
        int n = tokens.size();
        for (int i = 2; i < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !LANGUAGES.contains(t.lower())
                    || (role[i - 1] & PersonNameDetector.KIN) == 0 || !tokens.get(i - 1).isWord()
                    || !clauseBreak(tokens.get(i - 2)) || !clauseEnd(tokens, i + 1)
                    || !speakingBefore(tokens, i - 2)) {
                continue;
            }
            flag[i] = false;
        }
    }

    private static boolean clauseBreak(Token t) {
        return t.is(',') || t.is(';') || t.isWord() && t.lower().equals("en");
    }

    private static boolean clauseEnd(List<Token> tokens, int j) {
        if (j >= tokens.size()) {
            return true;
        }
        Token t = tokens.get(j);
        return t.is('.') || t.is(',') || t.is(';') || t.is(')') || t.is('|') || t.is('/')
                || t.isWord() && t.lower().equals("en") || t.sentenceStart();
    }

    /** A speaking word, then a language's name, between the sentence's start and the break at {@code b}. */
    private static boolean speakingBefore(List<Token> tokens, int b) {
        boolean language = false;
        for (int j = b - 1; j >= 0 && j >= b - WINDOW; j--) {
            Token t = tokens.get(j);
            if (!t.isWord()) {
                if (t.is('.') || t.is('|') || t.is(':') && !language) {
                    return false;
                }
                continue;
            }
            String lower = t.lower();
            if (LANGUAGES.contains(lower)) {
                language = true;
            } else if (language && SPEAKING.contains(lower)) {
                return true;
            }
            if (t.sentenceStart()) {
                return false;
            }
        }
        return false;
    }
}
