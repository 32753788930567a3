package nl.vhkgateway.domain.participant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import nl.vhkgateway.infrastructure.crypto.TestCertificates;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;

class PemCertificateTest {

    @Test
    void parsesOneCertificateAndReencodesIt() {
        TestCertificates.Identity identity = TestCertificates.forAddress("deelnemer@roosendaal.test");
        PemCertificate certificate = PemCertificate.parse("Subject: x\n" + identity.pem() + "\ntrailing text");
        assertEquals(identity.certificate(), certificate.x509());
        assertEquals(List.of("deelnemer@roosendaal.test"), certificate.mailAddresses());
        assertEquals(64, certificate.sha256Fingerprint().length());
        assertEquals(certificate, PemCertificate.parse(certificate.pem()));
        assertTrue(certificate.allowsSigning());
        assertTrue(certificate.allowsEncryption());
        assertTrue(certificate.isValidAt(Instant.now()));
        assertTrue(certificate.subject().contains("CN=Test deelnemer@roosendaal.test"));
    }

    @Test
    void keyUsageLimitsWhatTheCertificateIsFor() {
        Instant now = Instant.now();
        PemCertificate signOnly = PemCertificate.of(TestCertificates.create("a@b.test", now, now.plusSeconds(60),
                KeyUsage.digitalSignature).certificate());
        assertTrue(signOnly.allowsSigning());
        assertFalse(signOnly.allowsEncryption());
    }

    @Test
    void refusesAnythingButExactlyOneCertificateWithADutchReason() {
        String pem = TestCertificates.forAddress("a@b.test").pem();
        assertEquals("Stuur precies één certificaat, niet een keten van 2 certificaten.",
                assertThrows(InvalidCertificateException.class, () -> PemCertificate.parse(pem + pem)).getMessage());
        assertTrue(assertThrows(InvalidCertificateException.class, () -> PemCertificate.parse(
                "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----")).getMessage()
                .contains("privésleutel"));
        assertThrows(InvalidCertificateException.class, () -> PemCertificate.parse(""));
        assertThrows(InvalidCertificateException.class, () -> PemCertificate.parse("x".repeat(40_000)));
        assertThrows(InvalidCertificateException.class, () -> PemCertificate.parse(
                "-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----"));
    }
}
