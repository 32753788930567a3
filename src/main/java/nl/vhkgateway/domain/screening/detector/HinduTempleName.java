package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import java.util.Set;

/**
 * Round 24 rule (t24-inst): a Hindu temple puts its own name before the word for temple, "Mandir" ("Shri Ram
 * Mandir", "Lakshmi Narayan Mandir", "Shri Krishna Mandir"): the temple is named after a deity, whose names are given
 * names too, so the given-name steps flagged them. The same shape as {@link TurkishMosqueName} ("X Camii"), whose
 * rule this reads with the head "Mandir" (or "Mandier", the Surinamese spelling), after the article, at the segment's
 * start, or right after a community word ("de Hindoestaanse vereniging Shri Ram Mandir", "stichting Shri Ram
 * Mandir"). An unflag rule. Stays a person: a kin word, role or title before the name or among its words ("pandit
 * Ram Mandir", "oom Ram Mandir"), a family apposition or age after the head, a comma or bracket between name and head,
 * a compound after the head ("Mandir-bestuur"), a line in capitals. Stateless.
 */
final class HinduTempleName {

    private static final Set<String> HEADS = WordSets.of("mandir", "mandier");
    private static final Set<String> OPENERS = WordSets.of("vereniging", "stichting", "tempel", "gemeenschap",
            "hindoevereniging", "tempelvereniging", "gebedshuis");

    private HinduTempleName() {
    }

    /** "Mandir" or "Mandier" with a capital: the head that closes a temple's name. */
    static boolean isHead(Token t) {
        return t.isWord() && t.capitalised() && HEADS.contains(t.lower());
    }

    static void unflag(List<Token> tokens, int[] role, boolean[] flag, WordLists words, boolean shouted) {
        TurkishMosqueName.unflagBeforeHead(tokens, role, flag, words, shouted, HEADS, OPENERS);
    }
}
