package nl.vhkgateway.domain.screening.detector;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;

/**
 * A large, read-only set of words (a dictionary of some 400,000 entries) kept as one char array with an
 * open-addressing hash table of offsets: no object per word, so it loads in tens of milliseconds and takes a few
 * megabytes. Immutable and thread-safe once built.
 */
public final class CompactWordSet {

    private final char[] data;
    private final int[] starts;
    private final int[] ends;
    private final int[] table;
    private final int mask;

    private CompactWordSet(char[] data, int[] starts, int[] ends, int count) {
        this.data = data;
        this.starts = starts;
        this.ends = ends;
        int capacity = Integer.highestOneBit(Math.max(16, count * 2 - 1)) << 1;
        this.table = new int[capacity];
        this.mask = capacity - 1;
        for (int i = 0; i < count; i++) {
            int slot = hash(data, starts[i], ends[i]) & mask;
            while (true) {
                int at = table[slot];
                if (at == 0) {
                    table[slot] = i + 1;
                    break;
                }
                if (equal(at - 1, data, starts[i], ends[i])) {
                    break; // duplicate
                }
                slot = (slot + 1) & mask;
            }
        }
    }

    /**
     * Reads UTF-8 lines (one word each; lines starting with '#' and empty lines skipped).
     */
    public static CompactWordSet read(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 22);
        in.transferTo(bytes);
        char[] chars = new String(bytes.toByteArray(), StandardCharsets.UTF_8).toCharArray();
        return fromLines(chars);
    }

    public static CompactWordSet of(Collection<String> words) {
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            b.append(w).append('\n');
        }
        char[] chars = new char[b.length()];
        b.getChars(0, b.length(), chars, 0);
        return fromLines(chars);
    }

    private static CompactWordSet fromLines(char[] chars) {
        int[] starts = new int[1 << 16];
        int[] ends = new int[1 << 16];
        int count = 0;
        int i = 0;
        int n = chars.length;
        while (i < n) {
            int s = i;
            while (i < n && chars[i] != '\n') {
                i++;
            }
            int e = i;
            if (e > s && chars[e - 1] == '\r') {
                e--;
            }
            while (s < e && chars[s] == ' ') {
                s++;
            }
            while (e > s && chars[e - 1] == ' ') {
                e--;
            }
            if (e > s && chars[s] != '#') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = s;
                ends[count] = e;
                count++;
            }
            i++;
        }
        return new CompactWordSet(chars, starts, ends, count);
    }

    public boolean contains(CharSequence word) {
        int h = 0;
        int len = word.length();
        for (int i = 0; i < len; i++) {
            h = 31 * h + word.charAt(i);
        }
        int slot = mix(h) & mask;
        while (true) {
            int at = table[slot];
            if (at == 0) {
                return false;
            }
            int s = starts[at - 1];
            int e = ends[at - 1];
            if (e - s == len) {
                boolean same = true;
                for (int k = 0; k < len && same; k++) {
                    same = data[s + k] == word.charAt(k);
                }
                if (same) {
                    return true;
                }
            }
            slot = (slot + 1) & mask;
        }
    }


    private boolean equal(int index, char[] other, int s, int e) {
        int a = starts[index];
        int b = ends[index];
        if (b - a != e - s) {
            return false;
        }
        for (int k = 0; k < b - a; k++) {
            if (data[a + k] != other[s + k]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(char[] chars, int s, int e) {
        int h = 0;
        for (int i = s; i < e; i++) {
            h = 31 * h + chars[i];
        }
        return mix(h);
    }

    private static int mix(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }
}
