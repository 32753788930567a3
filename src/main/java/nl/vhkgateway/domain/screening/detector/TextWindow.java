package nl.vhkgateway.domain.screening.detector;

import java.util.Locale;
import java.util.regex.Matcher;
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

    /** The digit count of the text last asked for on this thread (detectors ask in turn about one segment). */
    private static final ThreadLocal<Object[]> LAST_COUNT = ThreadLocal.withInitial(() -> new Object[2]);

    static int digitCount(String s) {
        Object[] last = LAST_COUNT.get();
        if (last[0] == s) {
            return (Integer) last[1];
        }
        int n = digitCount((CharSequence) s);
        last[0] = s;
        last[1] = n;
        return n;
    }

    static int digitCount(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                n++;
            }
        }
        return n;
    }

    private static final ThreadLocal<Object[]> LAST_NUMBERS = ThreadLocal.withInitial(() -> new Object[4]);

    /** Offsets where a run of digits starts that is not glued to a letter or digit before it (memoised per text). */
    static int[] numberStarts(String text) {
        Object[] last = LAST_NUMBERS.get();
        if (last[0] != text) {
            last[0] = text;
            last[1] = numberStartsUncached(text);
            last[2] = null;
        }
        return (int[]) last[1];
    }

    private static int[] numberStartsUncached(String text) {
        int[] starts = new int[8];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    /**
     * Runs {@code pattern} anchored at each of the given offsets (lookbehind sees the text before), calling
     * {@code sink} for each match; skips offsets inside an earlier match. Far cheaper than {@code find()} over the
     * whole text when the offsets are few (numbers in prose).
     */
    static void matchAt(Pattern pattern, String text, int[] offsets, java.util.function.Consumer<Matcher> sink) {
        if (offsets.length == 0) {
            return;
        }
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int after = -1;
        for (int offset : offsets) {
            if (offset < after) {
                continue;
            }
            m.region(offset, text.length());
            if (m.lookingAt()) {
                sink.accept(m);
                after = m.end();
            }
        }
    }

    /** Offsets of every digit that starts a run of digits (also right after a letter, as in "NL91"). */
    static int[] digitRunStarts(String text) {
        Object[] last = LAST_NUMBERS.get();
        if (last[0] != text) {
            last[0] = text;
            last[1] = numberStartsUncached(text);
            last[2] = null;
        }
        if (last[2] == null) {
            last[2] = digitRunStartsUncached(text);
        }
        return (int[]) last[2];
    }

    private static int[] digitRunStartsUncached(String text) {
        int[] starts = new int[8];
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && (i == 0 || !Character.isDigit(text.charAt(i - 1)))) {
                if (count == starts.length) {
                    starts = java.util.Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(starts, count);
    }

    /** Whether the lower-cased text contains any of the keys (a cheap filter before a regular expression). */
    static boolean containsAny(String lower, String[] keys) {
        for (String key : keys) {
            if (lower.contains(key)) {
                return true;
            }
        }
        return false;
    }



    /** Lower case with the same offsets as the text (falls back to per-character lower-casing). */
    static String lowerSameLength(String text) {
        Object[] last = LAST_LOWER.get();
        if (last[0] == text) {
            return (String) last[1];
        }
        String lower = lowerSameLengthUncached(text);
        last[0] = text;
        last[1] = lower;
        return lower;
    }

    private static final ThreadLocal<Object[]> LAST_LOWER = ThreadLocal.withInitial(() -> new Object[2]);

    private static String lowerSameLengthUncached(String text) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.length() == text.length()) {
            return lower;
        }
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
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
