package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Round 24 rule (t24-inst): a word broken at the end of a line keeps its hyphen when the card was pasted from a PDF
 * or a scan ("Kraamverzorg- ster zag de vader agres- sief reageren"): the first piece, in lower case right after a
 * kin word, read as a lower-case given name ("vader agres"). An unflag rule: a lower-case piece with a hyphen glued to
 * it, then a space and a lower-case piece, that together spell a word of the Dutch dictionary ("agres" + "sief" =
 * "agressief"), is that word. Stays a name: pieces that spell no word ("vader jan- willem", "oom kees- je" when the
 * dictionary lacks the join), a capitalised piece (never flagged by this shape), a hyphen with spaces on both sides
 * (a dash). Stateless.
 */
final class LineBreakWordPiece {

    private LineBreakWordPiece() {
    }

    static void unflag(List<Token> tokens, boolean[] flag, WordLists words) {
        int n = tokens.size();
        for (int i = 0; i + 2 < n; i++) {
            Token piece = tokens.get(i);
            Token hyphen = tokens.get(i + 1);
            Token rest = tokens.get(i + 2);
            if (!flag[i] && !flag[i + 2] || !piece.isWord() || piece.capitalised() || !hyphen.is('-')
                    || hyphen.spaceBefore() || !rest.isWord() || !rest.spaceBefore() || rest.capitalised()) {
                continue;
            }
            String joined = piece.lower() + rest.lower();
            if (joined.length() >= 6 && words.isDutchWord(joined)) {
                flag[i] = false;
                flag[i + 2] = false;
            }
        }
    }
}
