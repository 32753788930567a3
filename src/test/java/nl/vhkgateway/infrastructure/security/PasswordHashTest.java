package nl.vhkgateway.infrastructure.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHashTest {

    private static final int FAST = 10_000;

    @Test
    void theRightPasswordMatchesItsHashAndAnyOtherDoesNot() {
        String hash = PasswordHash.hash("correct horse battery staple".toCharArray(), FAST);

        assertTrue(hash.startsWith("pbkdf2-sha256$10000$"));
        assertTrue(PasswordHash.isWellFormed(hash));
        assertTrue(PasswordHash.verify("correct horse battery staple".toCharArray(), hash));
        assertFalse(PasswordHash.verify("correct horse battery stapLe".toCharArray(), hash));
        assertFalse(PasswordHash.verify(new char[0], hash));
    }

    @Test
    void everyHashHasItsOwnSalt() {
        assertNotEquals(PasswordHash.hash("same".toCharArray(), FAST), PasswordHash.hash("same".toCharArray(), FAST));
    }

    @Test
    void malformedOrWeakHashesAreRecognised() {
        assertFalse(PasswordHash.isWellFormed("5f4dcc3b5aa765d61d8327deb882cf99"));
        assertFalse(PasswordHash.isWellFormed("pbkdf2-sha256$1000$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"));
        assertFalse(PasswordHash.isWellFormed("pbkdf2-sha256$many$c2FsdHNhbHQ$aGFzaGhhc2hoYXNoaGFzaA"));
        assertFalse(PasswordHash.isWellFormed("pbkdf2-sha256$10000$not base64!$aGFzaA"));
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.verify("x".toCharArray(), "plain"));
        assertThrows(IllegalArgumentException.class, () -> PasswordHash.hash("x".toCharArray(), 1000));
    }

    @Test
    void plainComparisonIsExact() {
        assertTrue(PasswordHash.constantTimeEquals("geheim".toCharArray(), "geheim"));
        assertFalse(PasswordHash.constantTimeEquals("geheim".toCharArray(), "geheim "));
        assertFalse(PasswordHash.constantTimeEquals("".toCharArray(), "geheim"));
    }
}
