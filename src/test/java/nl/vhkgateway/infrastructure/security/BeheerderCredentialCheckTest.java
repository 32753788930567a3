package nl.vhkgateway.infrastructure.security;

import static nl.vhkgateway.infrastructure.security.BeheerderCredentialCheck.Outcome.INVALID;
import static nl.vhkgateway.infrastructure.security.BeheerderCredentialCheck.Outcome.UNKNOWN_USER;
import static nl.vhkgateway.infrastructure.security.BeheerderCredentialCheck.Outcome.VALID;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import nl.vhkgateway.infrastructure.config.BeheerderLogin;
import nl.vhkgateway.infrastructure.config.Secret;

class BeheerderCredentialCheckTest {

    private final BeheerderCredentialCheck hashed = new BeheerderCredentialCheck(new BeheerderLogin("beheerder",
            new Secret(PasswordHash.hash("een lang wachtwoord".toCharArray(), 10_000)), true));
    private final BeheerderCredentialCheck plain = new BeheerderCredentialCheck(
            new BeheerderLogin("beheerder", new Secret("demo"), false));

    @Test
    void hashedPasswordIsCheckedEveryTimeAlsoAfterASuccess() {
        assertEquals(VALID, hashed.check("beheerder", "een lang wachtwoord".toCharArray()));
        assertEquals(VALID, hashed.check("beheerder", "een lang wachtwoord".toCharArray()));
        assertEquals(INVALID, hashed.check("beheerder", "een lang wachtwoorD".toCharArray()));
        assertEquals(VALID, hashed.check("beheerder", "een lang wachtwoord".toCharArray()));
    }

    @Test
    void plainPassword() {
        assertEquals(VALID, plain.check("beheerder", "demo".toCharArray()));
        assertEquals(INVALID, plain.check("beheerder", "Demo".toCharArray()));
    }

    @Test
    void anotherUserIsLeftToOtherIdentityStores() {
        assertEquals(UNKNOWN_USER, plain.check("deelnemer@roosendaal.test", "demo".toCharArray()));
        assertEquals(UNKNOWN_USER, hashed.check("Beheerder", "een lang wachtwoord".toCharArray()));
    }

    @Test
    void anEmptyPasswordIsWrongInsteadOfAnError() {
        // PBKDF2 refuses an empty key ("Empty key"): this was a 500 with a stack trace for -u beheerder:
        assertEquals(INVALID, hashed.check("beheerder", new char[0]));
        assertEquals(INVALID, plain.check("beheerder", new char[0]));
    }
}
