package nl.vhkgateway.application.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import nl.vhkgateway.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-05T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(ThrottlePolicy.accountDefault(),
            ThrottlePolicy.addressDefault(), clock);

    @Test
    void twentyWrongPasswordsLockTheAccountSoThatEvenTheRightOneWaits() {
        int refused = 0;
        for (int attempt = 0; attempt < 20; attempt++) {
            LoginThrottle.Admission admission = throttle.admit("beheerder", "10.0.0.1");
            if (admission.allowed()) {
                throttle.failed("beheerder", "10.0.0.1");
            } else {
                refused++;
                clock.advance(admission.retryAfter()); // a patient attacker waits every delay out
            }
        }
        assertTrue(refused > 0, "delays after the free failures");
        // keep guessing with waits until locked
        while (throttle.failures("beheerder") < 20) {
            LoginThrottle.Admission admission = throttle.admit("beheerder", "10.0.0.1");
            if (!admission.allowed()) {
                clock.advance(admission.retryAfter());
            }
            throttle.failed("beheerder", "10.0.0.1");
        }
        LoginThrottle.Admission locked = throttle.admit("beheerder", "10.0.0.2");
        assertFalse(locked.allowed(), "locked for every address, the right password is not even checked");
        assertEquals("LOCKED", locked.reason());
        assertEquals(15 * 60, locked.retryAfterSeconds());
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertTrue(throttle.admit("beheerder", "10.0.0.2").allowed(), "the lock is temporary");
    }

    @Test
    void theDelayDoublesAfterTheFreeFailures() {
        for (int i = 0; i < 5; i++) {
            assertTrue(throttle.admit("a@b.test", "10.0.0.1").allowed(), "free failure " + (i + 1));
            throttle.failed("a@b.test", "10.0.0.1");
        }
        LoginThrottle.Admission first = throttle.admit("a@b.test", "10.0.0.1");
        assertEquals("DELAYED", first.reason());
        assertEquals(1, first.retryAfterSeconds());
        clock.advance(Duration.ofSeconds(1));
        throttle.failed("a@b.test", "10.0.0.1");
        assertEquals(2, throttle.admit("a@b.test", "10.0.0.1").retryAfterSeconds());
        clock.advance(Duration.ofSeconds(2));
        throttle.failed("a@b.test", "10.0.0.1");
        assertEquals(4, throttle.admit("a@b.test", "10.0.0.1").retryAfterSeconds());
    }

    @Test
    void oneAddressTryingManyAccountsIsSlowedDownByItsAddress() {
        for (int i = 0; i < 20; i++) {
            assertTrue(throttle.admit("user" + i + "@b.test", "10.0.0.9").allowed());
            throttle.failed("user" + i + "@b.test", "10.0.0.9");
        }
        LoginThrottle.Admission next = throttle.admit("someone-new@b.test", "10.0.0.9");
        assertFalse(next.allowed());
        assertTrue(throttle.admit("someone-new@b.test", "10.0.0.10").allowed(), "other addresses are not affected");
    }

    @Test
    void aSuccessClearsTheAccountAndNamesAreCaseInsensitive() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("Deelnemer@X.test", "10.0.0.1");
        }
        assertFalse(throttle.admit("deelnemer@x.test", "10.0.0.1").allowed());
        throttle.succeeded("DEELNEMER@x.test", "10.0.0.1");
        assertTrue(throttle.admit("deelnemer@x.test", "10.0.0.1").allowed());
    }

    @Test
    void failuresAreForgottenAfterAQuietPeriod() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("a@b.test", "10.0.0.1");
        }
        clock.advance(Duration.ofMinutes(21));
        assertEquals(0, throttle.failures("a@b.test"));
        assertTrue(throttle.admit("a@b.test", "10.0.0.1").allowed());
    }
}
