package nl.vhkgateway.interfaces.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Synchroniser-token CSRF protection for the console: one random token per session (made at login, and for the
 * login form itself on the first visit), sent as the hidden field {@value #FIELD} in every form and compared in
 * constant time by {@link ConsoleFilter} for every POST. Thread-safe.
 */
public final class Csrf {

    public static final String FIELD = "csrf";
    static final String ATTRIBUTE = "vhk.console.csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    /** The session's token, made when there is none yet. */
    public static String token(HttpSession session) {
        synchronized (session) {
            Object existing = session.getAttribute(ATTRIBUTE);
            if (existing instanceof String token) {
                return token;
            }
            String token = newToken();
            session.setAttribute(ATTRIBUTE, token);
            return token;
        }
    }

    /** Replaces the session's token (after login). */
    static void renew(HttpSession session) {
        session.setAttribute(ATTRIBUTE, newToken());
    }

    /** True when the request carries the session's token. */
    static boolean valid(HttpServletRequest request, String sent) {
        HttpSession session = request.getSession(false);
        if (session == null || sent == null || !(session.getAttribute(ATTRIBUTE) instanceof String expected)) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.US_ASCII));
    }

    private static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
