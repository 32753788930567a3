package nl.vhkgateway.infrastructure.crypto;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class Pbkdf2PasswordHasherTest {

    private final Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(Pbkdf2PasswordHasher.MIN_ITERATIONS);

    @Test
    void verifiesTheRightPasswordOnly() {
        String hash = hasher.hash("correct horse battery".toCharArray());
        assertTrue(hash.startsWith("pbkdf2-sha256$1000$"), hash);
        assertTrue(hasher.verify("correct horse battery".toCharArray(), hash));
        assertFalse(hasher.verify("correct horse batterY".toCharArray(), hash));
        assertFalse(hasher.verify("".toCharArray(), hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("demo".toCharArray()), hasher.hash("demo".toCharArray()));
    }

    @Test
    void malformedHashesNeverMatch() {
        for (String hash : new String[] {null, "", "plain", "pbkdf2-sha256$x$y$z", "md5$1$AAAA$AAAA",
                "pbkdf2-sha256$1000$!!$!!", "pbkdf2-sha256$1000$AAAAAAAAAAA$AAAA"}) {
            assertFalse(hasher.verify("demo".toCharArray(), hash), String.valueOf(hash));
        }
    }

    @Test
    void hashesKeepTheirOwnWorkFactor() {
        String old = hasher.hash("demo".toCharArray());
        Pbkdf2PasswordHasher stronger = new Pbkdf2PasswordHasher(2_000);
        assertTrue(stronger.verify("demo".toCharArray(), old));
        assertTrue(stronger.needsRehash(old));
        assertFalse(stronger.needsRehash(stronger.hash("demo".toCharArray())));
    }

    @Test
    void refusesAWeakWorkFactor() {
        assertThrows(IllegalArgumentException.class, () -> new Pbkdf2PasswordHasher(999));
    }
}
