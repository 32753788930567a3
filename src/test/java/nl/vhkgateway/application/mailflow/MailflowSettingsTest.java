package nl.vhkgateway.application.mailflow;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MailflowSettingsTest {

    @Test
    void backoffDoublesUpToTheMaximum() {
        MailflowSettings settings = MailflowSettings.defaults().withBackoff(Duration.ofSeconds(30), Duration.ofMinutes(3));
        assertEquals(Duration.ofSeconds(30), settings.backoffAfter(1));
        assertEquals(Duration.ofSeconds(60), settings.backoffAfter(2));
        assertEquals(Duration.ofSeconds(120), settings.backoffAfter(3));
        assertEquals(Duration.ofMinutes(3), settings.backoffAfter(4));
        assertEquals(Duration.ofMinutes(3), settings.backoffAfter(60));
    }

    @Test
    void badConfigurationFailsFast() {
        assertThrows(IllegalArgumentException.class, () -> MailflowSettings.defaults().withMaxAttempts(0));
        assertThrows(IllegalArgumentException.class, () -> MailflowSettings.defaults().withBackoff(Duration.ofMinutes(2), Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> MailflowSettings.defaults().withSendingLease(Duration.ZERO));
    }
}
