package nl.vhkgateway.application.intake;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IntakeSettingsTest {

    @Test
    void backoffDoublesUpToTheMaximum() {
        IntakeSettings settings = IntakeSettings.defaults().withBackoff(Duration.ofSeconds(30), Duration.ofMinutes(3));
        assertEquals(Duration.ofSeconds(30), settings.backoffAfter(1));
        assertEquals(Duration.ofSeconds(60), settings.backoffAfter(2));
        assertEquals(Duration.ofSeconds(120), settings.backoffAfter(3));
        assertEquals(Duration.ofMinutes(3), settings.backoffAfter(4));
        assertEquals(Duration.ofMinutes(3), settings.backoffAfter(60));
    }

    @Test
    void badConfigurationFailsFast() {
        assertThrows(IllegalArgumentException.class, () -> IntakeSettings.defaults().withMaxAttempts(0));
        assertThrows(IllegalArgumentException.class, () -> IntakeSettings.defaults().withBackoff(Duration.ofMinutes(2), Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> IntakeSettings.defaults().withSendingLease(Duration.ZERO));
    }
}
