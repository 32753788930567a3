package nl.vhkgateway.infrastructure.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import nl.vhkgateway.infrastructure.config.BeheerderLogin;

/**
 * Checks a user name and password against the configured beheerder login, in constant time. A PBKDF2 check is
 * deliberately slow (about half a second); because HTTP Basic sends the password with every request, the last
 * successfully checked password is remembered as a keyed MAC (key random per process, never the password itself) so
 * that a session of requests by the beheerder costs one PBKDF2 derivation. Thread-safe.
 */
public final class BeheerderCredentialCheck {

    /** Outcome of a check. */
    public enum Outcome {
        /** Name and password are the beheerder's. */
        VALID,
        /** The name is the beheerder's, the password is wrong. */
        INVALID,
        /** The name is not the beheerder's: another identity store may know it. */
        UNKNOWN_USER
    }

    private final BeheerderLogin login;
    private final byte[] macKey = new byte[32];
    private final AtomicReference<byte[]> lastVerified = new AtomicReference<>(new byte[0]);

    public BeheerderCredentialCheck(BeheerderLogin login) {
        this.login = Objects.requireNonNull(login, "login");
        new SecureRandom().nextBytes(macKey);
    }

    public Outcome check(String user, char[] password) {
        if (!PasswordHash.constantTimeEquals(user.toCharArray(), login.user())) {
            return Outcome.UNKNOWN_USER;
        }
        if (password == null || password.length == 0) {
            return Outcome.INVALID; // an empty password is never right (and PBKDF2 refuses an empty key)
        }
        if (!login.hashed()) {
            return PasswordHash.constantTimeEquals(password, login.password().reveal()) ? Outcome.VALID
                    : Outcome.INVALID;
        }
        byte[] mac = mac(password);
        if (MessageDigest.isEqual(mac, lastVerified.get())) {
            return Outcome.VALID;
        }
        if (PasswordHash.verify(password, login.password().reveal())) {
            lastVerified.set(mac);
            return Outcome.VALID;
        }
        return Outcome.INVALID;
    }

    private byte[] mac(char[] password) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(macKey, "HmacSHA256"));
            return hmac.doFinal(new String(password).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
