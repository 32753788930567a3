package nl.vhkgateway.infrastructure.config;

import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.infrastructure.mail.ImapDeliveryProbe.ProbeMailbox;
import nl.vhkgateway.infrastructure.mail.MailSecurity;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The delivery probe's mailboxes are read from explicit configuration and refused at once when incomplete. */
class DeliveryProbeSettingsTest {

    private final Map<String, String> values = new HashMap<>(Map.of(
            "vhk.imap.host", "imap.example.nl",
            "vhk.delivery-probe.mailboxes", "voorzitter, rvdk",
            "vhk.delivery-probe.voorzitter.address", "voorzitter@vht.example",
            "vhk.delivery-probe.voorzitter.user", "voorzitter",
            "vhk.delivery-probe.voorzitter.password", "secret-one",
            "vhk.delivery-probe.rvdk.address", "intake@rvdk.example",
            "vhk.delivery-probe.rvdk.user", "rvdk",
            "vhk.delivery-probe.rvdk.password", "secret-two",
            "vhk.delivery-probe.rvdk.host", "mail.rvdk.example",
            "vhk.delivery-probe.rvdk.folders", "INBOX, Archief"));

    private Map<MailAddress, ProbeMailbox> read() {
        return DeliveryProbeSettings.read(key -> Optional.ofNullable(values.get(key)));
    }

    @Test
    void withoutMailboxesThereIsNoProbe() {
        values.remove("vhk.delivery-probe.mailboxes");
        assertTrue(read().isEmpty());
    }

    @Test
    void eachNamedMailboxHasItsOwnLoginAndDefaultsToTheIntakeImapServer() {
        Map<MailAddress, ProbeMailbox> mailboxes = read();

        ProbeMailbox voorzitter = mailboxes.get(MailAddress.of("voorzitter@vht.example"));
        assertEquals("voorzitter", voorzitter.account().user());
        assertEquals("imap.example.nl", voorzitter.account().server().host());
        assertEquals(993, voorzitter.account().server().port());
        assertEquals(MailSecurity.TLS, voorzitter.account().server().security());
        assertEquals(List.of("INBOX"), voorzitter.folders());
        ProbeMailbox rvdk = mailboxes.get(MailAddress.of("intake@rvdk.example"));
        assertEquals("mail.rvdk.example", rvdk.account().server().host());
        assertEquals(List.of("INBOX", "Archief"), rvdk.folders());
    }

    @Test
    void everyProblemIsListedAndNoSecretIsShown() {
        values.remove("vhk.delivery-probe.voorzitter.password");
        values.put("vhk.delivery-probe.rvdk.address", "not an address");
        values.put("vhk.delivery-probe.rvdk.security", "plain");

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, this::read);

        assertEquals(3, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("vhk.delivery-probe.voorzitter.password"));
        assertTrue(e.getMessage().contains("vhk.delivery-probe.rvdk.address"));
        assertTrue(e.getMessage().contains("vhk.delivery-probe.rvdk.security"));
        assertFalse(e.getMessage().contains("secret-two"));
    }

    @Test
    void aNamedMailboxWithoutAnyKeysIsRefusedNotIgnored() {
        values.put("vhk.delivery-probe.mailboxes", "voorzitter,archief");
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, this::read);
        assertEquals(3, e.problems().size(), e.getMessage()); // address, user, password of "archief"
    }

    @Test
    void plainImapOnlyInDemoModeAndNoAddressTwice() {
        values.put("vhk.delivery-probe.voorzitter.security", "none");
        assertThrows(InvalidConfigurationException.class, this::read);
        values.put("vhk.demo", "true");
        assertEquals(143, read().get(MailAddress.of("voorzitter@vht.example")).account().server().port());

        values.put("vhk.delivery-probe.rvdk.address", "voorzitter@vht.example");
        InvalidConfigurationException twice = assertThrows(InvalidConfigurationException.class, this::read);
        assertTrue(twice.getMessage().contains("configured twice"), twice.getMessage());
    }

    @Test
    void aBadMailboxNameIsRefused() {
        values.put("vhk.delivery-probe.mailboxes", "Voorzitter Mail");
        assertThrows(InvalidConfigurationException.class, this::read);
    }
}
