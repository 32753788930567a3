package nl.vhkgateway.domain.mail;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailAddressTest {

    @Test
    void masksTheLocalPartInToStringSoThatLogsNeverShowWhoWrote() {
        MailAddress address = MailAddress.of("deelnemer@roosendaal.test");
        assertEquals("d********@roosendaal.test", address.toString());
        assertEquals("deelnemer@roosendaal.test", address.value());
        assertEquals("x@a.nl", MailAddress.of("x@a.nl").masked());
    }

    @Test
    void normalisesTheDomainCaseButKeepsTheLocalPart() {
        assertEquals(MailAddress.of("Jan@Roosendaal.TEST"), MailAddress.of("Jan@roosendaal.test"));
        assertEquals("Jan@roosendaal.test", MailAddress.of(" Jan@Roosendaal.TEST ").value());
    }

    @Test
    void rejectsMalformedAddressesWithoutEchoingThem() {
        for (String bad : new String[] {"", "no-at-sign", "a@b", "two@@x.nl", "Jan Jansen <jan@x.nl>", "a b@x.nl"}) {
            assertFalse(MailAddress.isValid(bad), bad);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MailAddress.of("jan.jansen@x"));
        assertFalse(e.getMessage().contains("jan.jansen"), e.getMessage());
        assertTrue(MailAddress.isValid("voorzitter@vht.test"));
    }

    @Test
    void masksEveryAddressInAServerReply() {
        assertEquals("550 5.1.1 <v*********@vht.test>: unknown; also b*****@x.nl",
                MailAddress.maskAll("550 5.1.1 <voorzitter@vht.test>: unknown; also beheer@x.nl"));
    }
}
