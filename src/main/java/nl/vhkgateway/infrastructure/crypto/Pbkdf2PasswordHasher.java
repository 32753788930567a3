package nl.vhkgateway.infrastructure.crypto;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import nl.vhkgateway.application.security.PasswordHasher;

/**
 * Hashes and checks REST API passwords with PBKDF2-HMAC-SHA256 (JDK {@code PBKDF2WithHmacSHA256}), a random
 * 16-byte salt per password and a 32-byte derived key. The encoded form carries its own parameters, so the work
 * factor can be raised later without invalidating stored hashes:
 * {@code pbkdf2-sha256$<iterations>$<salt, base64>$<hash, base64>}.
 * <p>
 * {@link #DEFAULT_ITERATIONS} follows the OWASP Password Storage Cheat Sheet (600,000 for PBKDF2-HMAC-SHA256).
 * Comparison is constant-time ({@link MessageDigest#isEqual}); {@link #burnTime(char[])} spends the same work for
 * an unknown user, so timing does not tell whether an account exists. Thread-safe.
 */
public final class Pbkdf2PasswordHasher implements PasswordHasher {

    public static final int DEFAULT_ITERATIONS = 600_000;
    /** Lowest work factor accepted when hashing (tests use it to stay fast); stored hashes are checked as they are. */
    public static final int MIN_ITERATIONS = 1_000;
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final String ALGORITHM = "PBKDF2WithHmacSHA256";
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();
    /** Made on first use, so that creating a hasher (e.g. only to verify) costs nothing. */
    private volatile String dummyHash;

    public Pbkdf2PasswordHasher() {
        this(DEFAULT_ITERATIONS);
    }

    public Pbkdf2PasswordHasher(int iterations) {
        if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new IllegalArgumentException("PBKDF2 iterations must be within " + MIN_ITERATIONS + ".."
                    + MAX_ITERATIONS + ", got " + iterations);
        }
        this.iterations = iterations;
    }

    /** A new encoded hash of the password, with a fresh salt. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] key = derive(password, salt, iterations, KEY_BITS);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + '$' + iterations + '$' + base64.encodeToString(salt) + '$' + base64.encodeToString(key);
    }

    /**
     * True when the password matches the encoded hash. A malformed hash never matches (and costs the same work).
     */
    public boolean verify(char[] password, String encodedHash) {
        Optional<Parsed> parsed = Parsed.of(encodedHash);
        if (parsed.isEmpty()) {
            burnTime(password);
            return false;
        }
        Parsed p = parsed.get();
        byte[] candidate = derive(password, p.salt, p.iterations, p.key.length * 8);
        return MessageDigest.isEqual(candidate, p.key);
    }

    /** Spends the work of one verification and returns false: call it when the user does not exist. */
    public boolean burnTime(char[] password) {
        String dummy = dummyHash;
        if (dummy == null) {
            dummy = hash("dummy password for timing".toCharArray());
            dummyHash = dummy;
        }
        Parsed p = Parsed.of(dummy).orElseThrow();
        MessageDigest.isEqual(derive(password, p.salt, p.iterations, p.key.length * 8), p.key);
        return false;
    }

    /** True when a stored hash was made with fewer iterations than this hasher uses (time to re-hash). */
    /** The iteration count of a well-formed {@code pbkdf2-sha256$...} hash; empty when it is malformed. */
    public static Optional<Integer> iterationsOf(String encodedHash) {
        return Parsed.of(encodedHash).map(Parsed::iterations);
    }

    public boolean needsRehash(String encodedHash) {
        return Parsed.of(encodedHash).map(p -> p.iterations < iterations).orElse(true);
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations, int bits) {
        KeySpec spec = new PBEKeySpec(password, salt, iterations, bits);
        try {
            return SecretKeyFactory.getInstance(ALGORITHM).generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is not available", e);
        } finally {
            ((PBEKeySpec) spec).clearPassword();
        }
    }

    private record Parsed(int iterations, byte[] salt, byte[] key) {

        static Optional<Parsed> of(String encoded) {
            if (encoded == null) {
                return Optional.empty();
            }
            String[] parts = encoded.split("\\$", -1);
            if (parts.length != 4 || !SCHEME.equals(parts[0])) {
                return Optional.empty();
            }
            try {
                int iterations = Integer.parseInt(parts[1]);
                byte[] salt = Base64.getDecoder().decode(parts[2]);
                byte[] key = Base64.getDecoder().decode(parts[3]);
                if (iterations < 1 || iterations > MAX_ITERATIONS || salt.length < 8 || key.length < 16) {
                    return Optional.empty();
                }
                return Optional.of(new Parsed(iterations, salt, key));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Parsed other && iterations == other.iterations && Arrays.equals(salt, other.salt)
                    && Arrays.equals(key, other.key);
        }

        @Override
        public int hashCode() {
            return 31 * Arrays.hashCode(salt) + Arrays.hashCode(key);
        }

        @Override
        public String toString() {
            return "Parsed[" + iterations + "]";
        }
    }
}
