package nl.vhkgateway.infrastructure.docx;

/**
 * Normalises text read from a document so that detectors see words whole: removes soft hyphens and zero-width
 * characters (which would split a name invisibly), turns non-breaking and other special spaces into spaces and
 * line/paragraph separators into line breaks. Stateless, thread-safe.
 */
final class TextCleaner {

    private TextCleaner() {
    }

    static String clean(String text) {
        int i = 0;
        int length = text.length();
        while (i < length && !special(text.charAt(i))) {
            i++;
        }
        if (i == length) {
            return text;
        }
        StringBuilder out = new StringBuilder(length);
        out.append(text, 0, i);
        for (; i < length; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u180E' -> {
                    // invisible: drop
                }
                case '\u00A0', '\u2007', '\u202F', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005',
                     '\u2006', '\u2008', '\u2009', '\u200A', '\u205F', '\u3000' -> out.append(' ');
                case '\u2028', '\u2029', '\u000B', '\u000C' -> out.append('\n');
                case '\u2011' -> out.append('-');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean special(char c) {
        return c == '\u00AD' || c == '\u00A0' || c == '\u000B' || c == '\u000C' || c == '\u180E' || c == '\u3000'
                || c == '\uFEFF' || c >= '\u2000' && c <= '\u2060';
    }
}
