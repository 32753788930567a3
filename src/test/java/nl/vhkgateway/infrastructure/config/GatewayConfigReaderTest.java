package nl.vhkgateway.infrastructure.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import nl.vhkgateway.infrastructure.mail.MailAccount;
import nl.vhkgateway.infrastructure.mail.MailSecurity;
import nl.vhkgateway.infrastructure.security.PasswordHash;

class GatewayConfigReaderTest {

    /** A complete production configuration (TLS everywhere, hashed beheerder password). */
    private static Map<String, String> production() {
        Map<String, String> values = new HashMap<>();
        values.put("vhk.imap.host", "imap.example.nl");
        values.put("vhk.imap.user", "veiligheidsteam@example.nl");
        values.put("vhk.imap.password", "imap-secret");
        values.put("vhk.smtp.host", "smtp.example.nl");
        values.put("vhk.smtp.user", "veiligheidsteam@example.nl");
        values.put("vhk.smtp.password", "smtp-secret");
        values.put("vhk.mailbox.intake", "veiligheidsteam@example.nl");
        values.put("vhk.mailbox.handover", "overdracht@example.nl");
        values.put("vhk.mailbox.voorzitter", "voorzitter@example.nl");
        values.put("vhk.mailbox.beheer", "beheer@example.nl");
        values.put("vhk.mailbox.rvdk", "rvdk@example.nl");
        values.put("vhk.db.url", "jdbc:mariadb://db.example.nl:3306/vhk");
        values.put("vhk.db.user", "vhk");
        values.put("vhk.db.password", "db-secret");
        values.put("vhk.beheerder.password-hash", PasswordHash.hash("correct horse battery".toCharArray(), 10_000));
        return values;
    }

    private static GatewayConfig read(Map<String, String> values) {
        return GatewayConfigReader.read(key -> Optional.ofNullable(values.get(key)));
    }

    private static InvalidConfigurationException invalid(Map<String, String> values) {
        return assertThrows(InvalidConfigurationException.class, () -> read(values));
    }

    @Test
    void aGaleraClusterUrlWithSeveralHostsIsAcceptedAndAnotherSchemeIsNot() {
        Map<String, String> cluster = production();
        cluster.put("vhk.db.url", "jdbc:mariadb:sequential://db1:3306,db2:3306,db3:3306/vhk");
        read(cluster);
        cluster.put("vhk.db.url", "jdbc:mariadb:loadbalance://db1,db2,db3/vhk");
        read(cluster);
        cluster.put("vhk.db.url", "jdbc:postgresql://db1/vhk");
        assertTrue(invalid(cluster).getMessage().contains("VHK_DB_URL"));
    }

    @Test
    void completeProductionConfigurationGetsSecureDefaults() {
        GatewayConfig config = read(production());

        assertFalse(config.demo());
        assertEquals(MailSecurity.TLS, config.imap().server().security());
        assertEquals(993, config.imap().server().port());
        assertEquals(MailSecurity.STARTTLS, config.smtp().server().security());
        assertEquals(587, config.smtp().server().port());
        assertEquals(Duration.ofSeconds(10), config.smtp().server().connectTimeout());
        assertEquals(Duration.ofSeconds(30), config.imap().server().readTimeout());
        assertEquals("Verwerkt", config.intake().processedFolder());
        assertEquals(Duration.ofSeconds(30), config.intake().pollInterval());
        assertEquals(5, config.intake().maxAttempts());
        assertTrue(config.beheerder().hashed());
        assertEquals("beheerder", config.beheerder().user());
        assertTrue(config.handoverImap().isEmpty());
        assertEquals("voorzitter@example.nl", config.mailboxes().voorzitter().value());
        assertEquals(Duration.ofSeconds(15), config.intake().dispatchInterval());
        assertEquals(Duration.ofMinutes(30), config.intake().maxRetryDelay());
        assertEquals(15 * 1024 * 1024, config.intake().maxMessageBytes());
    }

    @Test
    void everyProblemIsReportedAtOnceWithItsEnvironmentVariable() {
        Map<String, String> values = production();
        values.remove("vhk.imap.host");
        values.remove("vhk.db.password");
        values.put("vhk.smtp.port", "smtp");
        values.put("vhk.mailbox.voorzitter", "voorzitter at example");

        InvalidConfigurationException e = invalid(values);

        assertEquals(4, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("vhk.imap.host (env VHK_IMAP_HOST): missing"), e.getMessage());
        assertTrue(e.getMessage().contains("vhk.db.password (env VHK_DB_PASSWORD): missing"), e.getMessage());
        assertTrue(e.getMessage().contains("vhk.smtp.port (env VHK_SMTP_PORT)"), e.getMessage());
        assertTrue(e.getMessage().contains("vhk.mailbox.voorzitter"), e.getMessage());
    }

    @Test
    void anEmptyConfigurationNamesEveryRequiredKey() {
        InvalidConfigurationException e = invalid(new HashMap<>());

        for (ConfigKey key : ConfigKey.values()) {
            if (key.required()) {
                assertTrue(e.getMessage().contains(key.key() + " (env " + key.environmentVariable() + "): missing"),
                        key + " not reported in: " + e.getMessage());
            }
        }
    }

    @Test
    void plainMailConnectionsNeedTheDemoFlag() {
        Map<String, String> values = production();
        values.put("vhk.imap.security", "none");
        values.put("vhk.smtp.security", "none");

        InvalidConfigurationException e = invalid(values);
        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("vhk.demo=true"));

        values.put("vhk.demo", "true");
        GatewayConfig demo = read(values);
        assertEquals(143, demo.imap().server().port());
        assertEquals(25, demo.smtp().server().port());
    }

    @Test
    void sslIsAnotherNameForTls() {
        Map<String, String> values = production();
        values.put("vhk.smtp.security", "SSL");
        assertEquals(MailSecurity.TLS, read(values).smtp().server().security());
        assertEquals(465, read(values).smtp().server().port());
    }

    @Test
    void unknownSecurityIsRefused() {
        Map<String, String> values = production();
        values.put("vhk.imap.security", "tls-please");
        assertTrue(invalid(values).getMessage().contains("'tls-please' is not tls, starttls or none"));
    }

    @Test
    void secretsNeverAppearInTheMessage() {
        Map<String, String> values = production();
        values.put("vhk.beheerder.password", "Zq9!x");
        values.remove("vhk.beheerder.password-hash");
        values.remove("vhk.imap.host");

        InvalidConfigurationException e = invalid(values);
        assertTrue(e.getMessage().contains("vhk.beheerder.password (env VHK_BEHEERDER_PASSWORD): is shorter"));
        assertFalse(e.getMessage().contains("Zq9!x"));
        for (String secret : new String[] {"imap-secret", "smtp-secret", "db-secret"}) {
            assertFalse(e.getMessage().contains(secret));
        }
        assertFalse(read(production()).toString().contains("db-secret"));
    }

    @Test
    void beheerderPasswordNeedsExactlyOneForm() {
        Map<String, String> none = production();
        none.remove("vhk.beheerder.password-hash");
        assertTrue(invalid(none).getMessage().contains("vhk.beheerder.password-hash (env VHK_BEHEERDER_PASSWORD_HASH)"));

        Map<String, String> both = production();
        both.put("vhk.beheerder.password", "a long enough password");
        assertTrue(invalid(both).getMessage().contains("not both"));

        Map<String, String> badHash = production();
        badHash.put("vhk.beheerder.password-hash", "5f4dcc3b5aa765d61d8327deb882cf99");
        assertTrue(invalid(badHash).getMessage().contains("not a hash made by the hash-password command"));

        Map<String, String> plain = production();
        plain.remove("vhk.beheerder.password-hash");
        plain.put("vhk.beheerder.password", "a long enough password");
        assertFalse(read(plain).beheerder().hashed());
    }

    @Test
    void smtpLoginIsOptionalButAPasswordNeedsItsUser() {
        Map<String, String> anonymous = production();
        anonymous.remove("vhk.smtp.user");
        anonymous.remove("vhk.smtp.password");
        assertFalse(read(anonymous).smtp().authenticates());

        Map<String, String> noPassword = production();
        noPassword.remove("vhk.smtp.password");
        assertTrue(invalid(noPassword).getMessage().contains("required because vhk.smtp.user is set"));
    }

    @Test
    void handoverMailboxUsesTheSameImapServerWithItsOwnLogin() {
        Map<String, String> values = production();
        values.put("vhk.imap.handover.user", "overdracht@example.nl");
        values.put("vhk.imap.handover.password", "handover-secret");

        MailAccount handover = read(values).handoverImap().orElseThrow();
        assertEquals("imap.example.nl", handover.server().host());
        assertEquals("overdracht@example.nl", handover.user());

        values.remove("vhk.imap.handover.password");
        assertTrue(invalid(values).getMessage().contains("vhk.imap.handover.password"));
    }

    @Test
    void rangesAndFormatsAreChecked() {
        Map<String, String> values = production();
        values.put("vhk.intake.poll-interval-seconds", "0");
        values.put("vhk.intake.idle", "sometimes");
        values.put("vhk.intake.processed-folder", "INBOX");
        values.put("vhk.db.url", "jdbc:postgresql://db/vhk");
        values.put("vhk.imap.port", "70000");

        assertEquals(5, invalid(values).problems().size());
    }

    @Test
    void blankValuesCountAsMissing() {
        Map<String, String> values = production();
        values.put("vhk.imap.host", "   ");
        assertTrue(invalid(values).getMessage().contains("vhk.imap.host (env VHK_IMAP_HOST): missing"));
    }

    @Test
    void aMissingPasswordIsReportedNotThrownByTheMailAccount() {
        Map<String, String> values = production();
        values.remove("vhk.imap.password");
        values.remove("vhk.smtp.password");
        InvalidConfigurationException e = invalid(values);
        assertEquals(2, e.problems().size(), e.getMessage());
    }

    @Test
    void retryDelaysMustBeOrdered() {
        Map<String, String> values = production();
        values.put("vhk.intake.retry-delay-seconds", "600");
        values.put("vhk.intake.max-retry-delay-seconds", "60");
        assertTrue(invalid(values).getMessage().contains("vhk.intake.max-retry-delay-seconds"));
    }

    @Test
    void keysOfOtherPartsAreCheckedInTheSameMessage() {
        Map<String, String> values = production();
        values.put("vhk.consent.policy.representative-roles", "OUDER_MET_GEZAG,BUURMAN");
        values.put("vhk.smime.content-encryption", "DES");
        values.put("vhk.intake.require-authentication-results", "true");
        values.put("vhk.register.seed-file", "target/no-such-register.json");
        values.remove("vhk.imap.host");

        InvalidConfigurationException e = invalid(values);

        assertEquals(5, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("vhk.consent.policy.representative-roles: unknown role 'BUURMAN'"));
        assertTrue(e.getMessage().contains("(env VHK_CONSENT_POLICY_REPRESENTATIVE_ROLES)"), e.getMessage());
        assertTrue(e.getMessage().contains("vhk.smime.content-encryption"), e.getMessage());
        assertTrue(e.getMessage().contains("vhk.intake.authserv-id"), e.getMessage());
        assertTrue(e.getMessage().contains("no-such-register.json is not a file"), e.getMessage());
    }

    @Test
    void handoversWithoutTlsOrCertificateOnlyInTheDemo() {
        Map<String, String> values = production();
        values.put("vhk.handover.require-tls-without-smime", "false");

        InvalidConfigurationException e = invalid(values);
        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("vhk.handover.require-tls-without-smime (env "
                + "VHK_HANDOVER_REQUIRE_TLS_WITHOUT_SMIME)"), e.getMessage());

        values.put("vhk.handover.require-tls-without-smime", "maybe");
        assertTrue(invalid(values).getMessage().contains("'maybe' is not true or false"));

        values.put("vhk.handover.require-tls-without-smime", "false");
        values.put("vhk.demo", "true");
        read(values);
    }

    @Test
    void passwordsAreTakenAsGivenWithTheirSpaces() {
        Map<String, String> values = production();
        values.put("vhk.imap.password", " spaces around ");
        values.put("vhk.db.password", "\ttab");
        GatewayConfig config = read(values);
        assertEquals(" spaces around ", config.imap().password());
        assertEquals("\ttab", config.database().password().reveal());
    }
}
