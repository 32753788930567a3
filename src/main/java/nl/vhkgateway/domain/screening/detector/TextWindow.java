package nl.vhkgateway.domain.screening.detector;

import java.util.Locale;
import java.util.regex.Pattern;

/** Looks at the text just before or after a match, lower-cased, within the same line. Stateless. */
final class TextWindow {

    private TextWindow() {
    }

    static String before(String text, int start, int width) {
        int from = Math.max(0, start - width);
        int nl = text.lastIndexOf('\n', start - 1);
        if (nl >= from) {
            from = nl + 1;
        }
        return text.substring(from, start).toLowerCase(Locale.ROOT);
    }

    static String after(String text, int end, int width) {
        int to = Math.min(text.length(), end + width);
        int nl = text.indexOf('\n', end);
        if (nl >= 0 && nl < to) {
            to = nl;
        }
        return text.substring(end, to).toLowerCase(Locale.ROOT);
    }

    static boolean beforeMatches(String text, int start, int width, Pattern pattern) {
        return pattern.matcher(before(text, start, width)).find();
    }

    static String digits(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
