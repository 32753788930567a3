package nl.vhkgateway.application.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinkTextTest {

    @Test
    void readsALinkTargetAsWords() {
        assertEquals(Optional.of("www.google.nl maps place Kerkstraat 12, Roosendaal"),
                LinkText.readable("https://www.google.nl/maps/place/Kerkstraat+12,+Roosendaal"));
        assertEquals(Optional.of("www.example.nl aanmelden geboortedatum: 12-05-2011"),
                LinkText.readable("https://www.example.nl/aanmelden?geboortedatum=12-05-2011"));
        assertEquals(Optional.of("mijn.roosendaal.nl zaken bsn: 123456782"),
                LinkText.readable("https://mijn.roosendaal.nl/zaken?bsn=123456782"));
        assertEquals(Optional.of("+31612345678"), LinkText.readable("tel:+31612345678"));
        assertEquals(Optional.of("www.facebook.com search top q: Sanne Jansen"),
                LinkText.readable("https://www.facebook.com/search/top?q=Sanne%20Jansen"));
    }

    @Test
    void leavesTextWithoutLinksAndBrokenEscapesAlone() {
        assertEquals(Optional.empty(), LinkText.readable("Moeder belt 06-12345678."));
        assertEquals(Optional.of("www.example.nl a%zz b"), LinkText.readable("https://www.example.nl/a%zz+b"));
    }
}
