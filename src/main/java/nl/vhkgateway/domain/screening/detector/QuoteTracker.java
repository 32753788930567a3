package nl.vhkgateway.domain.screening.detector;

import java.util.List;

/**
 * Follows quotation marks through a segment's tokens for the steps that read quoted speech ({@link QuotedForeignSpeech},
 * {@link TranslatedQuoteClause}): a straight quote toggles, a typographic opening mark („ “ «) opens and a closing mark
 * (” ») closes. One tracker per pass over a token list.
 */
final class QuoteTracker {

    private boolean straightOpen;
    private boolean inQuote;

    /** Reads the next token; true when it is a quotation mark (the caller skips it). */
    boolean mark(Token t) {
        if (t.is('"')) {
            straightOpen = !straightOpen;
            inQuote = straightOpen;
            return true;
        }
        if (t.is('“') || t.is('„') || t.is('«')) {
            inQuote = true;
            return true;
        }
        if (t.is('”') || t.is('»')) {
            inQuote = false;
            return true;
        }
        return false;
    }

    /** Inside quotation marks after the tokens read so far. */
    boolean inQuote() {
        return inQuote;
    }

    /** The token right before a word is an opening quotation mark (a straight one or „ “ «). */
    static boolean opens(Token before) {
        return before != null && (before.is('"') || before.is('“') || before.is('„') || before.is('«'));
    }

    /**
     * The word at {@code i} opens a sentence, or follows a quotation mark (straight or curly, single or double) or a
     * colon: where Dutch capitalises any word ("Mem: \"Hy is ...\"", "Vader: \"De Heer ...\""). Shared by
     * {@link FrisianOpener}, {@link RegionalPronoun} and {@link DivineTitle} (round 23).
     */
    static boolean opensClause(List<Token> tokens, int i) {
        if (i == 0 || tokens.get(i).sentenceStart()) {
            return true;
        }
        Token before = tokens.get(i - 1);
        return before.is('"') || before.is('\'') || before.is('“') || before.is('„') || before.is('‘')
                || before.is(':');
    }
}
