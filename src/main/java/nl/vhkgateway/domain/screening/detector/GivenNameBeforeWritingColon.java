package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 26 (t26-items): the writer of a quoted message in the header a mail or chat program writes before it ("Op 3
 * nov. 2026 schreef lu:", "om 21:14 appte ed:"): a listed given name in lower case between a verb of writing and the
 * colon that opens the message. Counter-shapes that stay: a pronoun or a family or role word there ("schreef ik:",
 * "schreef moeder:", "appte juf:"), a Dutch word ("schreef kort:"), a name not followed by the colon. Stateless.
 */
final class GivenNameBeforeWritingColon {

    private static final Set<String> WRITING = WordSets.of("schreef", "schrijft", "appte", "appt", "mailde", "mailt",
            "berichtte", "wrote", "texted");

    private GivenNameBeforeWritingColon() {
    }

    static void flag(List<Token> tokens, int[] role, WordLists words, boolean[] flag) {
        int n = tokens.size();
        for (int i = 1; i + 1 < n; i++) {
            Token t = tokens.get(i);
            Token verb = tokens.get(i - 1);
            if (flag[i] || !t.isWord() || t.capitalised() || !tokens.get(i + 1).is(':') || !verb.isWord()
                    || !WRITING.contains(verb.lower()) || role[i] != 0 || words.isKinOrRole(t.lower())
                    || words.isDutchWord(t.lower()) || !words.isFirstNameLower(t.lower())) {
                continue;
            }
            flag[i] = true;
        }
    }
}
