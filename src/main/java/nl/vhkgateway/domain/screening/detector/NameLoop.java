package nl.vhkgateway.domain.screening.detector;

import java.util.List;
import nl.vhkgateway.domain.screening.detector.NameClassifier.WordClass;

/**
 * The state that the rules of {@link PersonNameDetector}'s token loop share (see {@link TokenStep}): the segment's
 * tokens and what the word lists made of them, the flags the rules set, and the word under the loop. One object per
 * pass; the loop moves it from word to word ({@link #at}), so no rule allocates per token.
 */
final class NameLoop {

    /** The segment's tokens. */
    final List<Token> tokens;
    /** The number of tokens. */
    final int n;
    /** Each token's word class. */
    final WordClass[] cls;
    /** Tokens inside a listed place, organisation or other allowed phrase. */
    final boolean[] covered;
    /** Tokens inside a listed organisation. */
    final boolean[] coveredOrganisation;
    /** Each token's role bits (title, kin word, particle ...). */
    final int[] role;
    /** The segment is written mostly in capitals. */
    final boolean shouted;
    /** The strict reading of the Jeugdige field: every capitalised word a name. */
    final boolean strict;
    /** What the rest of the card says (names found with context, organisation words). */
    final CardKnowledge known;
    /** Tokens that are part of a name (the rules only set flags, they never clear one). */
    final boolean[] flag;
    /** Tokens flagged after a kin word (a family member, never exempted as a professional). */
    final boolean[] kin;

    /** The word under the loop. */
    Token t;
    /** Its lower-case form. */
    String lower;
    /** Its word class. */
    WordClass c;
    /** Its role bits. */
    int r;
    /** It is a form of address ("mevrouw", "dhr", "de heer"). */
    boolean title;
    /** A rule has decided that no later rule looks at this word (see {@link TokenStep}). */
    boolean stop;

    NameLoop(List<Token> tokens, WordClass[] cls, boolean[] covered, boolean[] coveredOrganisation, int[] role,
             boolean shouted, boolean strict, CardKnowledge known, boolean[] flag, boolean[] kin) {
        this.tokens = tokens;
        this.n = tokens.size();
        this.cls = cls;
        this.covered = covered;
        this.coveredOrganisation = coveredOrganisation;
        this.role = role;
        this.shouted = shouted;
        this.strict = strict;
        this.known = known;
        this.flag = flag;
        this.kin = kin;
    }

    /** Moves the loop to word {@code i}. */
    void at(int i, Token token, boolean isTitle) {
        t = token;
        lower = token.lower();
        c = cls[i];
        r = role[i];
        title = isTitle;
        stop = false;
    }
}
