package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 24 (t24-new): an answer or interjection that opens a sentence before a comma ("Ja, de mama en de papa gaan
 * akkoord", "Nee, de vader wil dat niet", "Nou, de oma komt"): it answers the card's question, it is no person that
 * the words after the comma describe, though "Ja" is a listed name. {@link PersonEvidence}'s apposition ("Ommen, de
 * oom van vaderskant, heeft") asks this first. Stays a name: a listed name before the comma ("Jans, de oom van
 * vaderskant, belt"), an answer word that is not at the sentence start. Stateless.
 */
final class AnswerWordBeforeComma {

    private static final Set<String> ANSWERS = WordSets.of("ja", "nee", "jawel", "neen", "nou", "oké", "oke", "ok",
            "okay", "goed", "prima", "zeker", "helaas", "akkoord", "klopt", "jazeker", "inderdaad", "natuurlijk");

    private AnswerWordBeforeComma() {
    }

    /** The word at {@code i} opens the sentence, is an answer word and a comma follows it. */
    static boolean holds(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return t.isWord() && ANSWERS.contains(t.lower()) && (i == 0 || t.sentenceStart())
                && i + 1 < tokens.size() && tokens.get(i + 1).is(',');
    }
}
