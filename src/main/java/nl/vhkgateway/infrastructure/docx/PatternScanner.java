package nl.vhkgateway.infrastructure.docx;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Passes bytes through while looking for ASCII patterns (counting how often each occurs) and noting whether the
 * stream is not ASCII-compatible (UTF-16 and the like, which need a real parse instead). Not thread-safe.
 */
final class PatternScanner extends FilterInputStream {

    private final byte[][] patterns;
    private final int[] matched;
    private final int[] counts;
    private boolean first = true;
    private boolean notAscii;

    PatternScanner(InputStream in, String... patterns) {
        super(in);
        this.patterns = new byte[patterns.length][];
        for (int i = 0; i < patterns.length; i++) {
            this.patterns[i] = patterns[i].getBytes(StandardCharsets.US_ASCII);
        }
        this.matched = new int[patterns.length];
        this.counts = new int[patterns.length];
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            scan(b, off, n);
        }
        return n;
    }

    private void scan(byte[] b, int off, int n) {
        if (first) {
            first = false;
            int c0 = b[off] & 0xff;
            int c1 = n > 1 ? b[off + 1] & 0xff : -1;
            notAscii = c0 == 0 || c1 == 0 || c0 == 0xFE || c0 == 0xFF || c0 == 0x4C && c1 == 0x6F;
        }
        int end = off + n;
        for (int p = 0; p < patterns.length; p++) {
            byte[] pattern = patterns[p];
            byte head = pattern[0];
            int m = matched[p];
            int i = off;
            while (i < end) {
                if (m == 0) {
                    // round 26 (t26-speed): outside a partial match only the pattern's first byte can start one, so
                    // the bytes before it are skipped in one tight loop (the same counts as the byte-by-byte steps)
                    while (i < end && b[i] != head) {
                        i++;
                    }
                    if (i == end) {
                        break;
                    }
                }
                byte x = b[i++];
                if (x == pattern[m]) {
                    if (++m == pattern.length) {
                        counts[p]++;
                        m = 0;
                    }
                } else {
                    m = x == head ? 1 : 0;
                }
            }
            matched[p] = m;
        }
    }

    /** A good size for the buffer of {@link #drain(byte[])}. */
    static final int BUFFER_BYTES = 16384;

    /**
     * Reads to the end (which also lets a bounded zip stream check size and CRC), through the caller's buffer (one
     * buffer for all the parts of a package).
     */
    void drain(byte[] buffer) throws IOException {
        while (read(buffer, 0, buffer.length) >= 0) {
            // scanning happens in read
        }
    }

    /** How often the pattern with this index occurred. */
    int count(int pattern) {
        return counts[pattern];
    }

    boolean found(int pattern) {
        return counts[pattern] > 0;
    }

    boolean notAscii() {
        return notAscii;
    }
}
