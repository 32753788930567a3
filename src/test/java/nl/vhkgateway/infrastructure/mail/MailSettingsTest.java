package nl.vhkgateway.infrastructure.mail;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailSettingsTest {

    private static final MailServerSettings SERVER = new MailServerSettings("imap.example.nl", 993, MailSecurity.TLS);

    @Test
    void toStringNeverShowsThePassword() {
        MailAccount account = new MailAccount(SERVER, "intake@example.nl", "s3cr3t-Wachtwoord");
        assertFalse(account.toString().contains("s3cr3t"), account.toString());
        assertFalse(account.describe().contains("s3cr3t"));
        assertTrue(account.toString().contains("imap.example.nl:993 (TLS)"));
    }

    @Test
    void badSettingsFailFast() {
        assertThrows(IllegalArgumentException.class, () -> new MailServerSettings("", 993, MailSecurity.TLS));
        assertThrows(IllegalArgumentException.class, () -> new MailServerSettings("mail host", 993, MailSecurity.TLS));
        assertThrows(IllegalArgumentException.class, () -> new MailServerSettings("h", 0, MailSecurity.TLS));
        assertThrows(IllegalArgumentException.class, () -> new MailAccount(SERVER, "user", ""));
        assertThrows(IllegalArgumentException.class, () -> new ImapOptions("INBOX", true, ImapOptions.MoveMode.AUTO));
        assertThrows(IllegalArgumentException.class, () -> new ImapMailbox(new MailAccount(SERVER, "", ""), ImapOptions.defaults()));
    }

    @Test
    void startTlsIsRequiredNotOptional() {
        var properties = MailProperties.forAccount("smtp", new MailAccount(
                new MailServerSettings("smtp.example.nl", 587, MailSecurity.STARTTLS), "u", "p"));
        assertEquals("true", properties.getProperty("mail.smtp.starttls.required"));
        assertEquals("true", properties.getProperty("mail.smtp.ssl.checkserveridentity"));
    }
}
