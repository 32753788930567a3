package nl.vhkgateway.domain.submission;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/** The SHA-256 of a message's raw bytes, as 64 lower-case hex digits. Immutable. */
public record ContentHash(String hex) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public ContentHash {
        Objects.requireNonNull(hex, "hex");
        if (!HEX64.matcher(hex).matches()) {
            throw new IllegalArgumentException("Not a SHA-256 hex digest");
        }
    }

    public static ContentHash of(byte[] content) {
        return new ContentHash(HexFormat.of().formatHex(sha256(content)));
    }

    static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** The first 12 hex digits: enough to tell messages apart in a log line. */
    public String shortForm() {
        return hex.substring(0, 12);
    }

    @Override
    public String toString() {
        return hex;
    }
}
