package nl.vhkgateway.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 password hashes in the form {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (salt and hash
 * Base64 without padding), and constant-time comparison of plain passwords. Stateless and thread-safe.
 */
public final class PasswordHash {

    /** OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256. */
    public static final int DEFAULT_ITERATIONS = 600_000;

    private static final String PREFIX = "pbkdf2-sha256";
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final int MIN_ITERATIONS = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

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
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + base64.encodeToString(salt) + "$"
                + base64.encodeToString(derive(password, salt, iterations, HASH_BITS));
    }

    /** @return whether {@code encoded} has the form this class produces (says nothing about the password) */
    public static boolean isWellFormed(String encoded) {
        try {
            parse(encoded);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * @return whether {@code password} matches {@code encoded}; the comparison takes the same time wherever the
     *         first difference is
     * @throws IllegalArgumentException when {@code encoded} is not {@link #isWellFormed(String) well formed}
     */
    public static boolean verify(char[] password, String encoded) {
        Parsed parsed = parse(encoded);
        byte[] actual = derive(password, parsed.salt(), parsed.iterations(), parsed.hash().length * 8);
        return MessageDigest.isEqual(actual, parsed.hash());
    }

    /** @return whether two plain secrets are equal, in time independent of where they differ and of their length */
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

    private static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " unavailable", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static Parsed parse(String encoded) {
        String[] parts = encoded.trim().split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            throw new IllegalArgumentException("not a " + PREFIX + " hash");
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] hash = Base64.getDecoder().decode(parts[3]);
            if (iterations < MIN_ITERATIONS || salt.length < 8 || hash.length < 16) {
                throw new IllegalArgumentException("weak or truncated " + PREFIX + " hash");
            }
            return new Parsed(iterations, salt, hash);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a " + PREFIX + " hash", e);
        }
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Parsed parsed && parsed.iterations == iterations
                    && Arrays.equals(parsed.salt, salt) && Arrays.equals(parsed.hash, hash);
        }

        @Override
        public int hashCode() {
            return 31 * iterations + Arrays.hashCode(hash);
        }

        @Override
        public String toString() {
            return "Parsed[" + iterations + "]";
        }
    }
}
