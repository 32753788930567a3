package nl.vhkgateway.domain.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MailAddressTest {

    @Test
    void normalisesToLowerCaseSoThatCaseDoesNotMatter() {
        MailAddress address = MailAddress.of("  Deelnemer@Roosendaal.TEST ");
        assertEquals("deelnemer@roosendaal.test", address.value());
        assertEquals(MailAddress.of("deelnemer@roosendaal.test"), address);
        assertEquals("roosendaal.test", address.domain());
    }

    @Test
    void acceptsOrdinaryAddresses() {
        for (String text : new String[] {"a.b-c+tag@sub.gemeente.nl", "x@y.test", "o'brien@voorbeeld.nl"}) {
            assertTrue(MailAddress.parse(text).isPresent(), text);
        }
    }

    @Test
    void refusesWhatIsNotAPlainAddress() {
        for (String text : new String[] {"", "geen adres", "a@b", "@b.nl", "a@", "a..b@c.nl", ".a@c.nl",
                "Naam <a@b.nl>", "a@b.nl\r\nBcc: c@d.nl", "jöran@voorbeeld.nl", "a@-b.nl", "a@b_c.nl"}) {
            assertTrue(MailAddress.parse(text).isEmpty(), text);
        }
        assertTrue(MailAddress.parse(null).isEmpty());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MailAddress.of("geheim"));
        assertTrue(!e.getMessage().contains("geheim"), "the message does not repeat the input");
    }
}
