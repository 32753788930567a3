package nl.vhkgateway.bootstrap;

import nl.vhkgateway.infrastructure.config.InvalidConfigurationException;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PublicConsoleAddressTest {

    @Test
    void unsetOrBlankMeansNoLinks() {
        assertTrue(PublicConsoleAddress.parse(Optional.empty()).isEmpty());
        assertTrue(PublicConsoleAddress.parse(Optional.of("  ")).isEmpty());
    }

    @Test
    void theBlankCardLiesUnderTheConsoleWithoutADoubleSlash() {
        assertEquals(URI.create("https://vht.example.nl/console/lege-kaart.docx"),
                PublicConsoleAddress.parse(Optional.of("https://vht.example.nl/")).orElseThrow().blankCard());
        assertEquals(URI.create("http://127.0.0.1:8080/console/lege-kaart.docx"),
                PublicConsoleAddress.parse(Optional.of("http://127.0.0.1:8080")).orElseThrow().blankCard());
    }

    @Test
    void anythingButAnAbsoluteWebAddressStopsTheStart() {
        for (String wrong : new String[] {"vht.example.nl", "ftp://vht.example.nl", "https://", "https://x/?a=b",
                "javascript:alert(1)"}) {
            InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                    () -> PublicConsoleAddress.parse(Optional.of(wrong)), wrong);
            assertTrue(e.getMessage().contains(PublicConsoleAddress.KEY), e.getMessage());
        }
    }
}
