package nl.vhkgateway.domain.card;

/**
 * Round 23 (t23-speed): character tests that tell {@link Section#normalise} when one of its patterns cannot change a
 * label, so that the pattern need not run (it runs for every paragraph and cell the reader asks about). Each test is
 * exact: it says "may change" for every text the pattern would change, and the pattern's result is used as before
 * wherever the test says so. {@code \s} below is the regular expressions' white space without Unicode classes: space,
 * tab, line feed, vertical tab, form feed, carriage return.
 */
final class LabelShape {

    private LabelShape() {
    }

    /**
     * Whether {@code [\s:*?]+$} can match: only where the last character is in the class, or is a line terminator
     * ({@code $} also matches before a final line terminator: "\n", "\r", U+0085, U+2028, U+2029).
     */
    static boolean mayEndInPunctuation(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char last = text.charAt(text.length() - 1);
        return whiteSpace(last) || last == ':' || last == '*' || last == '?' || lineTerminator(last);
    }

    /**
     * Whether replacing each run of {@code \s+} by one space changes the text: a white-space character other than a
     * space, or two white-space characters in a row.
     */
    static boolean hasWhiteSpaceToFold(String text) {
        boolean previous = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = whiteSpace(c);
            if (space && (c != ' ' || previous)) {
                return true;
            }
            previous = space;
        }
        return false;
    }

    /** {@code \s} without Unicode classes. */
    private static boolean whiteSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean lineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }
}
