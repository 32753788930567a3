package nl.vhkgateway.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import nl.vhkgateway.infrastructure.crypto.Pbkdf2PasswordHasher;

/**
 * PBKDF2-HMAC-SHA256 password hashes in the form {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (salt and hash
 * Base64 without padding), and constant-time comparison of plain passwords. The hashing itself is
 * {@link Pbkdf2PasswordHasher}'s (the participant register uses the same format); this class adds the stricter
 * minimum for the beheerder's configured hash. Stateless and thread-safe.
 */
public final class PasswordHash {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;

    private static final String PREFIX = "pbkdf2-sha256";
    private static final int MIN_ITERATIONS = 10_000;
    /** Verification reads the iteration count from the hash itself, so one instance serves every hash. */
    private static final Pbkdf2PasswordHasher VERIFIER = new Pbkdf2PasswordHasher();

    private PasswordHash() {
    }

    /** @return a new salted hash of {@code password} with {@link #DEFAULT_ITERATIONS} */
    public static String hash(char[] password) {
        return hash(password, DEFAULT_ITERATIONS);
    }

    /** @return a new salted hash of {@code password} with the given number of iterations (at least 10,000) */
    public static String hash(char[] password, int iterations) {
        if (iterations < MIN_ITERATIONS) {
            throw new IllegalArgumentException("at least " + MIN_ITERATIONS + " iterations");
        }
        return new Pbkdf2PasswordHasher(iterations).hash(password);
    }

    /** True when {@code encoded} is a {@code pbkdf2-sha256} hash of at least 10,000 iterations. */
    public static boolean isWellFormed(String encoded) {
        return Pbkdf2PasswordHasher.iterationsOf(encoded.trim()).filter(i -> i >= MIN_ITERATIONS).isPresent();
    }

    /**
     * Constant-time check of {@code password} against {@code encoded}.
     *
     * @throws IllegalArgumentException when {@code encoded} is not a well-formed hash (see {@link #isWellFormed})
     */
    public static boolean verify(char[] password, String encoded) {
        if (!isWellFormed(encoded)) {
            throw new IllegalArgumentException("not a " + PREFIX + " hash of at least " + MIN_ITERATIONS + " iterations");
        }
        return VERIFIER.verify(password, encoded.trim());
    }

    /** Constant-time comparison of a plain password with a plain configured one (demo configuration). */
    public static boolean constantTimeEquals(char[] given, String expected) {
        return MessageDigest.isEqual(sha256(new String(given)), sha256(expected));
    }

    private static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
