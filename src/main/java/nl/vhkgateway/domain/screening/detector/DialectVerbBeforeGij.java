package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 26 (t26-held): a Brabant or Flemish verb with its clitic pronoun opening a question, before "gij" or "ge":
 * "Hedde gij ooit drie kinderen alleen gehad?", "Zijde gij gek?", "Kunde ge dat nie zien?". The word opens its
 * sentence or quote, ends in "e", the pronoun follows right after it without a comma, and the sentence ends in a
 * question mark: an inverted verb, not a name (a name addressed there takes a comma: "Hedde, gij komt toch?" stays).
 * Stays: a comma after the word, a sentence without a question mark, a word in another slot. Stateless.
 */
final class DialectVerbBeforeGij {

    private DialectVerbBeforeGij() {
    }

    static void unflag(List<Token> tokens, boolean[] flag) {
        int n = tokens.size();
        for (int i = 0; i + 1 < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || t.allCaps() || !t.lower().endsWith("e")
                    || !opens(tokens, i)) {
                continue;
            }
            Token pronoun = tokens.get(i + 1);
            if (!pronoun.isWord() || !(pronoun.text().equals("gij") || pronoun.text().equals("ge"))
                    || !question(tokens, i + 2)) {
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
