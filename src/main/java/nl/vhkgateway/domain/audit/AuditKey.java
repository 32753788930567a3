package nl.vhkgateway.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that seals the audit chain: HMAC-SHA256 over each row's hash and over the chain head. It is kept
 * outside the database (a key file or an environment variable), so that someone who can rewrite every row, and
 * recompute every unkeyed SHA-256 hash, still cannot produce valid seals. At least {@value #MIN_BYTES} bytes.
 * Never printed: {@link #toString()} shows only a fingerprint. Immutable and thread-safe.
 */
public final class AuditKey {

    /** The shortest key accepted (256 bits, the HMAC-SHA256 block strength). */
    public static final int MIN_BYTES = 32;

    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] key;

    private AuditKey(byte[] key) {
        if (key.length < MIN_BYTES) {
            throw new IllegalArgumentException("an audit key needs at least " + MIN_BYTES + " bytes, got "
                    + key.length);
        }
        this.key = key.clone();
    }

    /** A key from raw bytes (at least {@value #MIN_BYTES}). */
    public static AuditKey of(byte[] key) {
        return new AuditKey(key);
    }

    /** A fresh random key: for tests and the demo's throwaway key. */
    public static AuditKey random() {
        byte[] bytes = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new AuditKey(bytes);
    }

    /** HMAC-SHA256 of the text (UTF-8) with this key, 64 lower-case hex digits. */
    public String seal(String text) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
        }
    }

    /** Compares a stored seal with the expected one in constant time. */
    public static boolean sameSeal(String expected, String stored) {
        return stored != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                stored.getBytes(StandardCharsets.US_ASCII));
    }

    /** A short, non-secret identification of the key (first 8 hex digits of a seal over a fixed text). */
    public String fingerprint() {
        return seal("vhk-audit-key-fingerprint").substring(0, 8);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AuditKey that && MessageDigest.isEqual(key, that.key);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(key);
    }

    @Override
    public String toString() {
        return "AuditKey[" + fingerprint() + "]";
    }
}
