package nl.vhkgateway.infrastructure.docx;

import java.time.Duration;
import java.util.Objects;

/**
 * Resource limits for opening untrusted .docx files: file size, zip entries, inflated sizes and ratio, text volume,
 * XML nesting depth and time. Every limit must be positive; {@link #defaults()} suits Veiligheidskaarten (a few pages
 * of text, maybe a logo). Immutable and thread-safe.
 *
 * @param maxFileBytes              largest accepted file (compressed), default 25 MB
 * @param maxEntries                most zip entries, default 1000
 * @param maxEntryBytes             largest inflated entry, default 32 MB
 * @param maxTotalBytes             most inflated bytes over all entries, default 128 MB
 * @param maxInflateRatio           highest inflated/compressed ratio for entries above {@code ratioGraceBytes},
 *                                  default 100 (POI's ZipSecureFile default min inflate ratio 0.01)
 * @param ratioGraceBytes           inflated size below which the ratio is not checked, default 1 MB
 * @param maxTextChars              most characters of text a reader collects from one card, default 10 million
 * @param maxElementDepth           deepest XML element nesting, default 256
 * @param maxDuration               longest time one inspection, sanitising or reading may take, default 30 s
 */
public record DocxLimits(long maxFileBytes, int maxEntries, long maxEntryBytes, long maxTotalBytes,
                         int maxInflateRatio, long ratioGraceBytes, long maxTextChars, int maxElementDepth,
                         Duration maxDuration) {

    private static final long MB = 1024L * 1024L;

    public DocxLimits {
        positive(maxFileBytes, "maxFileBytes");
        positive(maxEntries, "maxEntries");
        positive(maxEntryBytes, "maxEntryBytes");
        positive(maxTotalBytes, "maxTotalBytes");
        positive(maxInflateRatio, "maxInflateRatio");
        positive(ratioGraceBytes, "ratioGraceBytes");
        positive(maxTextChars, "maxTextChars");
        positive(maxElementDepth, "maxElementDepth");
        Objects.requireNonNull(maxDuration, "maxDuration");
        if (maxDuration.isNegative() || maxDuration.isZero()) {
            throw new IllegalArgumentException("maxDuration must be positive");
        }
        if (maxFileBytes > Integer.MAX_VALUE - 16) {
            throw new IllegalArgumentException("maxFileBytes must fit in a byte array");
        }
    }

    /** The defaults: 25 MB files, 1000 entries, 32 MB per entry, 128 MB in all, ratio 100, 30 s. */
    public static DocxLimits defaults() {
        return new DocxLimits(25 * MB, 1000, 32 * MB, 128 * MB, 100, MB, 10_000_000L, 256, Duration.ofSeconds(30));
    }

    /** A copy with another maximum file size. */
    public DocxLimits withMaxFileBytes(long bytes) {
        return new DocxLimits(bytes, maxEntries, maxEntryBytes, maxTotalBytes, maxInflateRatio, ratioGraceBytes,
                maxTextChars, maxElementDepth, maxDuration);
    }

    /** A copy with another time limit. */
    public DocxLimits withMaxDuration(Duration duration) {
        return new DocxLimits(maxFileBytes, maxEntries, maxEntryBytes, maxTotalBytes, maxInflateRatio, ratioGraceBytes,
                maxTextChars, maxElementDepth, duration);
    }

    /** A copy with other zip limits (entries, bytes per entry, bytes in all). */
    public DocxLimits withZipLimits(int entries, long entryBytes, long totalBytes) {
        return new DocxLimits(maxFileBytes, entries, entryBytes, totalBytes, maxInflateRatio, ratioGraceBytes,
                maxTextChars, maxElementDepth, maxDuration);
    }

    /** A copy with another maximum amount of text. */
    public DocxLimits withMaxTextChars(long chars) {
        return new DocxLimits(maxFileBytes, maxEntries, maxEntryBytes, maxTotalBytes, maxInflateRatio, ratioGraceBytes,
                chars, maxElementDepth, maxDuration);
    }

    private static void positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
