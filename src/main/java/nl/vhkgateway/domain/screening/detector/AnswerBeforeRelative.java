package nl.vhkgateway.domain.screening.detector;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.domain.card.TextSegment;

/**
 * Round 11 rule: in the cover fields that ask a question (Instemming betrokkenen, Geïnformeerd en gesproken), an
 * answer word at the start of a sentence with the relatives it concerns in brackets is the answer, not a person:
 * "Ja (moeder), vader is geïnformeerd", "Nee (vader en stiefmoeder).", "Deels (moeder); vader weigert". Some answer
 * words are listed given names too ("Ja"), and a word before a kin word in brackets is a person elsewhere
 * ("Timmerman (oom)"), so the answer was refused. Only when the brackets hold nothing but family or role words (with
 * "en", "of", commas, slashes) and the brackets end the clause (punctuation or the end after them): "Ja (moeder)
 * heeft ..." keeps its name, and a family list in Gezinssamenstelling ("Ja (moeder), 38 jaar") is never read this
 * way. Stateless.
 */
final class AnswerBeforeRelative {

    /** Cover fields whose value is an answer to a yes/no question. */
    static final Set<Section> ANSWER_FIELDS = EnumSet.of(Section.INSTEMMING, Section.GEINFORMEERD);
    private static final Set<String> ANSWERS = Set.of("ja", "nee", "neen", "deels", "gedeeltelijk", "grotendeels",
            "akkoord", "onbekend", "niet", "wel", "geen", "nog", "alleen", "beiden", "allebei", "mondeling",
            "schriftelijk");
    private static final Set<String> LINKS = Set.of("en", "of", "beiden", "allebei", "beide", "alleen", "ook");

    private AnswerBeforeRelative() {
    }

    static void unflag(TextSegment segment, List<Token> tokens, boolean[] flag, WordLists words) {
        if (!CardSections.in(segment, ANSWER_FIELDS)) {
            return;
        }
        int n = tokens.size();
        for (int i = 0; i + 3 < n; i++) {
            Token t = tokens.get(i);
            if (!flag[i] || !t.isWord() || !t.capitalised() || !ANSWERS.contains(t.lower()) || !atStart(tokens, i)
                    || !tokens.get(i + 1).is('(')) {
                continue;
            }
            int close = relativesInBrackets(tokens, i + 1, words);
            if (close > 0 && (close + 1 == n || !tokens.get(close + 1).isWord() && !tokens.get(close + 1).is('('))) {
                flag[i] = false;
            }
        }
    }

    /** A sentence start, or the first word after a colon or a list mark. */
    private static boolean atStart(List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i).sentenceStart()) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return before.is(':') || before.is('-') || before.is('•') || before.is('*');
    }

    /** The index of the ")" when the brackets opened at {@code open} hold only family or role words; else -1. */
    private static int relativesInBrackets(List<Token> tokens, int open, WordLists words) {
        boolean relative = false;
        for (int k = open + 1; k < tokens.size() && k <= open + 8; k++) {
            Token t = tokens.get(k);
            if (t.is(')')) {
                return relative ? k : -1;
            }
            if (t.isWord() && !t.capitalised() && words.isKinOrRole(t.lower())) {
                relative = true;
            } else if (!(t.isWord() && LINKS.contains(t.lower()) || t.is(',') || t.is('/') || t.is('+'))) {
                return -1;
            }
        }
        return -1;
    }
}
