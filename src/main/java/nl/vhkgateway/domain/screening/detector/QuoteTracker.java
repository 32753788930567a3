package nl.vhkgateway.domain.screening.detector;

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
}
