package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 26 (t26-held): a Brabant or Flemish verb with its clitic pronoun opening a question, before "gij" or "ge":
 * "Hedde gij ooit drie kinderen alleen gehad?", "Zijde gij gek?", "Kunde ge dat nie zien?". The word is a Brabant
 * verb form of {@code dialect-words.txt} (hedde, zedde, zijde, kunde ...), opens its sentence or quote, the pronoun
 * follows right after it without a comma, no finite verb follows the pronoun (the inverted verb is the word itself),
 * and the sentence ends in a question mark: an inverted verb, not a name. Stays: a given name of no dialect list
 * before "gij" ("Lieke ge komt nu naar binnen?", review rb), a finite verb after the pronoun ("Mette gij hebt toch
 * ...?": a vocative), a comma after the word ("Hedde, gij ..."), a sentence without a question mark. Stateless.
 */
final class DialectVerbBeforeGij {

    private DialectVerbBeforeGij() {
    }

    static void unflag(List<Token> tokens, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !DialectQuote.isRegionalWord(t.lower())
                    || !opens(tokens, i)) {
                continue;
            }
            Token pronoun = tokens.get(i + 1);
            if (!pronoun.isWord() || !(pronoun.text().equals("gij") || pronoun.text().equals("ge"))
                    || !question(tokens, i + 2) || finiteVerbAfter(tokens, i + 2)) {
                continue;
            }
            flag[i] = false;
        }
    }

    private static boolean opens(List<Token> tokens, int i) {
        if (tokens.get(i).sentenceStart() || i == 0) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return before.is('"') || before.is('“') || before.is('\'') || before.is('‘') || before.is(':');
    }

    /** "gij hebt", "ge komt", "ge weet", "gij blijft": a finite verb right after the pronoun makes the word a vocative. */
    private static boolean finiteVerbAfter(List<Token> tokens, int k) {
        if (k >= tokens.size() || !tokens.get(k).isWord()) {
            return false;
        }
        String w = tokens.get(k).lower();
        return PersonNameDetector.isPersonVerb(w) || FINITE.contains(w) || w.length() > 3 && w.endsWith("t")
                && !w.endsWith("st") && !ADVERBS_IN_T.contains(w);
    }

    private static final java.util.Set<String> FINITE = java.util.Set.of("hebt", "bent", "zijt", "weet", "moet",
            "kunt", "zult", "wilt", "mag", "kan", "zal", "wil", "ga", "gaat", "komt", "blijft", "doet", "hoeft");
    /** Words in -t that are no verbs and follow the pronoun in a question ("Hedde gij ooit ...", "gij echt"). */
    private static final java.util.Set<String> ADVERBS_IN_T = java.util.Set.of("ooit", "echt", "niet", "nooit",
            "toch", "dat", "wat", "eigenlijk", "al", "straks", "net", "gewoon", "alleen", "eerst", "zelfs");

    /** The sentence from k ends in a question mark (before a full stop or exclamation mark). */
    private static boolean question(List<Token> tokens, int k) {
        for (int j = k; j < tokens.size(); j++) {
            Token t = tokens.get(j);
            if (t.is('?')) {
                return true;
            }
            if (t.is('.') || t.is('!') || t.is(';')) {
                return false;
            }
        }
        return false;
    }
}
