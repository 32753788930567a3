package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * Round 14 rule (r14-cards): a youth's initial that ends a line ("Hierbij de kaart van S." then "Dank je, ..." or
 * "Graag bespreken.") is no initial of the next line's first word. Cards and mails name the youth by an initial, and
 * the line after it opens a new sentence with any word; a word that is also a listed surname ("Dank", "Graag",
 * "Goed", "Bos") was read as "S. Dank". {@code PersonNameDetector.initialAndSurname} asks this class: the surname
 * candidate comes right after the initials' period (no particle between), opens a new line (the tokenizer marks a
 * word after a one-letter initial's period as a sentence start only after a line break), and is a listed name that is also an
 * ordinary word. On one line ("met S. Bos") and for names that are no word ("S.\nYilmaz"), or with a particle
 * ("S.\nvan Dijk"), the initial and the surname still go together. Stateless.
 */
final class InitialAtLineEnd {

    private InitialAtLineEnd() {
    }

    /**
     * True when the word at {@code head}, right after the initials that end at {@code afterInitials}, opens a new line
     * and is an ordinary word that is also a listed name.
     */
    static boolean opensNextLine(List<Token> tokens, int head, int afterInitials, WordClass c) {
        // the tokenizer opens a sentence after the period of a one-letter initial only at a line break; after "Th."
        // or "Chr." it may open one on the same line, so those initials are left to the other rules
        return head == afterInitials && head > 1 && tokens.get(head - 1).is('.')
                && tokens.get(head - 2).text().length() == 1 && tokens.get(head).sentenceStart()
                && (c == WordClass.AMBIGUOUS_SURNAME || c == WordClass.AMBIGUOUS_FIRST_NAME)
                // leak review: "Gesprek met A.\nVisser over", "Ingevuld door: H.\nBos": only "kaart van S." then a
                // sentence opener ("Dank", "Graag", "Goed")
                && SentenceOpenerAfterInitial.afterVan(tokens, head)
                && SentenceOpenerAfterInitial.isOpener(tokens.get(head).lower());
    }
}
