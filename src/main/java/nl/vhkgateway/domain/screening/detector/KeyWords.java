package nl.vhkgateway.domain.screening.detector;

/**
 * A small set of lower-case key words looked for at word starts in a window of text, indexed by first letter so
 * that most positions cost one array look-up. Immutable and thread-safe.
 */
final class KeyWords {

    private final String[][] byFirst = new String[128][];

    KeyWords(String... keys) {
        java.util.Map<Character, java.util.List<String>> map = new java.util.HashMap<>();
        for (String key : keys) {
            char c = key.charAt(0);
            if (c >= 128) {
                throw new IllegalArgumentException("key words start with an ASCII character");
            }
            map.computeIfAbsent(c, k -> new java.util.ArrayList<>()).add(key);
        }
        map.forEach((c, list) -> byFirst[c] = list.toArray(String[]::new));
    }

    /** Whether a key starts at a word start within lower[from, to). */
    boolean anyAtWordStart(String lower, int from, int to) {
        for (int p = from; p < to; p++) {
            if (startsAt(lower, p, to)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a key starts at offset p, at a word start, and ends before {@code to}. */
    boolean startsAt(String lower, int p, int to) {
        char c = lower.charAt(p);
        if (c >= 128 || byFirst[c] == null || p > 0 && Character.isLetter(lower.charAt(p - 1))) {
            return false;
        }
        for (String key : byFirst[c]) {
            if (p + key.length() <= to && lower.startsWith(key, p)) {
                return true;
            }
        }
        return false;
    }
}
