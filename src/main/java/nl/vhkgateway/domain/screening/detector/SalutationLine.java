package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 14 rule (r14-cards): the salutation line of a mail or letter ("Dag Ruud,", "Hoi Marloes,", "Beste collega's,")
 * ends with its comma and a line break; the next line is a new sentence, not a second name joined by that comma.
 * {@code PersonNameDetector.extend} joins an ambiguous given name to a name by a comma ("Sanne, Roos"); it asks this
 * class first, so that "Dag Ruud,\nWil jij de kaart meenemen?" does not read "Wil" as a second name. Only a comma
 * that ends a line whose first word is a greeting counts; a list of names ("Aanwezig: Sanne,\nRoos") is joined as
 * before. Stateless.
 */
final class SalutationLine {

    private static final Set<String> GREETINGS = Set.of("dag", "hoi", "hallo", "beste", "lieve", "goedemorgen",
            "goedemiddag", "goedenavond", "hey", "hee", "hi", "hello", "dear", "geachte", "ha", "hai", "moi", "hoii");
    /** The greeting opens the line at most this many tokens before the comma ("Beste mevrouw van der Berg,"). */
    private static final int REACH = 6;

    private SalutationLine() {
    }

    /**
     * True when the token at {@code comma} is a comma that ends a salutation line: a line break follows it and the
     * line it ends opens with a greeting word.
     */
    static boolean endsAt(List<Token> tokens, int comma) {
        if (comma < 1 || comma + 1 >= tokens.size() || !tokens.get(comma).is(',')
                || !tokens.get(comma + 1).sentenceStart()) {
            return false;
        }
        for (int k = comma - 1; k >= 0 && k >= comma - REACH; k--) {
            Token t = tokens.get(k);
            if (t.sentenceStart()) {
                return t.isWord() && GREETINGS.contains(t.lower());
            }
        }
        return false;
    }
}
