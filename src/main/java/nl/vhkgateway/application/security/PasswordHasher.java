package nl.vhkgateway.application.security;

/**
 * Port for hashing and checking passwords (REST API passwords of vaste deelnemers); the infrastructure implements
 * it ({@code Pbkdf2PasswordHasher}). The encoded hash carries its own algorithm and parameters, so it can be stored
 * as one string. Implementations compare in constant time and must be thread-safe.
 */
public interface PasswordHasher {

    /** A new encoded hash of the password, with a fresh salt. */
    String hash(char[] password);

    /** True when the password matches the encoded hash; a malformed hash never matches (and costs the same work). */
    boolean verify(char[] password, String encodedHash);

    /** Spends the work of one verification and returns false: call it when the account does not exist. */
    boolean burnTime(char[] password);
}
