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

    @Test
    void comparesAndStoresTheLowerCasedAddressSoThatCaseDoesNotMatter() {
        MailAddress address = MailAddress.of("  Deelnemer@Roosendaal.TEST ");
        assertEquals("deelnemer@roosendaal.test", address.normalised());
        assertEquals("Deelnemer@roosendaal.test", address.value());
        assertEquals(MailAddress.of("deelnemer@roosendaal.test"), address);
        assertEquals(MailAddress.of("deelnemer@roosendaal.test").hashCode(), address.hashCode());
        assertEquals(0, MailAddress.of("deelnemer@roosendaal.test").compareTo(address));
        assertEquals("roosendaal.test", address.domain());
    }

    @Test
    void acceptsOrdinaryAddresses() {
        for (String text : new String[] {"a.b-c+tag@sub.gemeente.nl", "x@y.test", "o'brien@voorbeeld.nl"}) {
            assertTrue(MailAddress.parse(text).isPresent(), text);
        }
    }

    @Test
    void refusesWhatIsNotAStrictAddrSpec() {
        for (String text : new String[] {"", "geen adres", "a@b", "@b.nl", "a@", "a..b@c.nl", ".a@c.nl", "a.@c.nl",
                "Naam <a@b.nl>", "a@b.nl\r\nBcc: c@d.nl", "j\u00f6ran@voorbeeld.nl", "a@-b.nl", "a@b_c.nl",
                "\"quoted\"@x.nl", "a@[127.0.0.1]", "a@x.123", "x".repeat(65) + "@x.nl",
                "a@" + "b".repeat(64) + ".nl", "a@b.nl.", "(comment)a@b.nl"}) {
            assertTrue(MailAddress.parse(text).isEmpty(), text);
            assertFalse(MailAddress.isValid(text), text);
        }
        assertTrue(MailAddress.parse(null).isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MailAddress.of("geheim"));
        assertFalse(e.getMessage().contains("geheim"), "the message does not repeat the input");
    }
}
