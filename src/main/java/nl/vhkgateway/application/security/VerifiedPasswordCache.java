package nl.vhkgateway.application.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers, per account, the last password that passed a PBKDF2 check, so that HTTP Basic (which sends the password
 * with every request) costs one slow derivation per session instead of one per request. Stores only an HMAC-SHA256
 * of the password and the stored hash under a key that is random per process, never the password; because the
 * stored hash is part of the MAC, changing or removing a password invalidates the entry at once. Bounded: when full
 * it starts again empty. Thread-safe.
 */
public final class VerifiedPasswordCache {

    private static final int MAX_ENTRIES = 10_000;

    private final byte[] key = new byte[32];
    private final ConcurrentHashMap<Long, byte[]> verified = new ConcurrentHashMap<>();

    public VerifiedPasswordCache() {
        new SecureRandom().nextBytes(key);
    }

    /** True when exactly this password was verified against exactly this stored hash for the account. */
    public boolean contains(long account, char[] password, String storedHash) {
        byte[] remembered = verified.get(account);
        return remembered != null && MessageDigest.isEqual(remembered, mac(password, storedHash));
    }

    /** Call only after a successful PBKDF2 check. */
    public void remember(long account, char[] password, String storedHash) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.clear();
        }
        verified.put(account, mac(password, storedHash));
    }

    public void forget(long account) {
        verified.remove(account);
    }

    private byte[] mac(char[] password, String storedHash) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] passwordBytes = new byte[encoded.remaining()];
        encoded.get(passwordBytes);
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(key, "HmacSHA256"));
            hmac.update(passwordBytes);
            hmac.update((byte) 0);
            return hmac.doFinal(storedHash.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        } finally {
            Arrays.fill(passwordBytes, (byte) 0);
            if (encoded.hasArray()) {
                Arrays.fill(encoded.array(), (byte) 0);
            }
        }
    }
}
