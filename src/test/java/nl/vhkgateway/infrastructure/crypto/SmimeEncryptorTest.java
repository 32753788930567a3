package nl.vhkgateway.infrastructure.crypto;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cms.RecipientInformation;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientId;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.mail.smime.SMIMEAuthEnveloped;
import org.bouncycastle.mail.smime.SMIMEEnveloped;
import org.bouncycastle.mail.smime.SMIMEUtil;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Encrypts for a partner certificate generated here and decrypts with the partner's private key: with Bouncy
 * Castle for every algorithm choice, and, when {@code openssl} is installed, with {@code openssl smime -decrypt}
 * (the defaults) and {@code openssl cms -decrypt} (OAEP, GCM).
 */
class SmimeEncryptorTest {

    private static final String NOTE = "Overdracht casus VHT-2026-0042 (test)";
    private static final byte[] CARD = cardBytes();
    private static KeyPair partnerKeys;
    private static X509Certificate partnerCertificate;

    private final Session session = Session.getInstance(new Properties());

    @BeforeAll
    static void partner() throws Exception {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        partnerKeys = SmimeTestKeys.rsa(2048);
        partnerCertificate = SmimeTestKeys.emailCertificate(partnerKeys);
    }

    private static byte[] cardBytes() {
        byte[] bytes = new byte[20_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }

    private static MimeBodyPart handover() throws Exception {
        MimeBodyPart note = new MimeBodyPart();
        note.setText(NOTE, "UTF-8");
        MimeBodyPart card = new MimeBodyPart();
        card.setDataHandler(new DataHandler(new ByteArrayDataSource(CARD,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")));
        card.setFileName("Veiligheidskaart VHT-2026-0042.docx");
        MimeMultipart multipart = new MimeMultipart(note, card);
        MimeBodyPart content = new MimeBodyPart();
        content.setContent(multipart);
        content.setHeader("Content-Type", multipart.getContentType());
        return content;
    }

    private MimeMessage handoverMessage() throws Exception {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress("overdracht@gateway.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("intake@veiligthuis.test"));
        message.setSubject("Overdracht VHT-2026-0042");
        MimeBodyPart content = handover();
        message.setContent((MimeMultipart) content.getContent());
        message.saveChanges();
        return message;
    }

    /** Checks that a decrypted entity is the note plus the card, byte for byte. */
    private static void assertIsTheHandover(MimeBodyPart decrypted) throws Exception {
        MimeMultipart multipart = (MimeMultipart) decrypted.getContent();
        assertEquals(2, multipart.getCount());
        assertEquals(NOTE, multipart.getBodyPart(0).getContent().toString().strip());
        assertEquals("Veiligheidskaart VHT-2026-0042.docx", multipart.getBodyPart(1).getFileName());
        try (InputStream in = multipart.getBodyPart(1).getInputStream()) {
            assertArrayEquals(CARD, in.readAllBytes());
        }
    }

    private static byte[] bytes(MimeBodyPart part) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        part.writeTo(out);
        return out.toByteArray();
    }

    private static MimeBodyPart decryptWithBouncyCastle(MimeBodyPart encrypted, PrivateKey key,
                                                        SmimeEncryptor.ContentEncryption encryption) throws Exception {
        JceKeyTransRecipientId id = new JceKeyTransRecipientId(partnerCertificate);
        RecipientInformation recipient = encryption == SmimeEncryptor.ContentEncryption.AES256_GCM
                ? new SMIMEAuthEnveloped(encrypted).getRecipientInfos().get(id)
                : new SMIMEEnveloped(encrypted).getRecipientInfos().get(id);
        byte[] content = recipient.getContent(new JceKeyTransEnvelopedRecipient(key)
                .setProvider(new BouncyCastleProvider()));
        return SMIMEUtil.toMimeBodyPart(content);
    }

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({"AES256_CBC,RSA_PKCS1", "AES256_CBC,RSA_OAEP_SHA256", "AES256_GCM,RSA_PKCS1",
            "AES256_GCM,RSA_OAEP_SHA256"})
    void thePartnerDecryptsWithItsPrivateKey(SmimeEncryptor.ContentEncryption encryption,
                                             SmimeEncryptor.KeyTransport transport) throws Exception {
        SmimeEncryptor encryptor = new SmimeEncryptor(encryption, transport, Clock.systemUTC());

        MimeBodyPart encrypted = encryptor.encrypt(handover(), partnerCertificate);

        assertTrue(encrypted.getContentType().startsWith("application/pkcs7-mime"), encrypted.getContentType());
        assertFalse(new String(bytes(encrypted), StandardCharsets.ISO_8859_1).contains("VHT-2026-0042 (test)"));
        assertIsTheHandover(decryptWithBouncyCastle(encrypted, partnerKeys.getPrivate(), encryption));
    }

    @Test
    void anotherKeyCannotDecrypt() throws Exception {
        KeyPair stranger = SmimeTestKeys.rsa(2048);
        MimeBodyPart encrypted = new SmimeEncryptor().encrypt(handover(), partnerCertificate);

        assertThrows(Exception.class, () -> decryptWithBouncyCastle(encrypted, stranger.getPrivate(),
                SmimeEncryptor.ContentEncryption.AES256_CBC));
    }

    @Test
    void encryptsAWholeMessageKeepingItsHeaders() throws Exception {
        MimeMessage original = handoverMessage();

        MimeMessage encrypted = new SmimeEncryptor().encrypt(original, partnerCertificate, session);
        ByteArrayOutputStream wire = new ByteArrayOutputStream();
        encrypted.writeTo(wire);
        MimeMessage received = new MimeMessage(session, new ByteArrayInputStream(wire.toByteArray()));

        assertEquals("Overdracht VHT-2026-0042", received.getSubject());
        assertEquals("intake@veiligthuis.test", received.getRecipients(Message.RecipientType.TO)[0].toString());
        assertTrue(received.getContentType().contains("smime-type=enveloped-data"), received.getContentType());
        assertFalse(wire.toString(StandardCharsets.ISO_8859_1).contains(NOTE));
        SMIMEEnveloped enveloped = new SMIMEEnveloped(received);
        byte[] content = enveloped.getRecipientInfos().get(new JceKeyTransRecipientId(partnerCertificate))
                .getContent(new JceKeyTransEnvelopedRecipient(partnerKeys.getPrivate()));
        assertIsTheHandover(SMIMEUtil.toMimeBodyPart(content));
    }

    @Test
    void refusesCertificatesThatMustNotBeUsed() throws Exception {
        Instant now = Instant.now();
        X509Certificate expired = SmimeTestKeys.certificate(partnerKeys, now.minus(Duration.ofDays(400)),
                now.minus(Duration.ofDays(1)), KeyUsage.keyEncipherment, KeyPurposeId.id_kp_emailProtection);
        X509Certificate signingOnly = SmimeTestKeys.certificate(partnerKeys, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), KeyUsage.digitalSignature, KeyPurposeId.id_kp_emailProtection);
        X509Certificate serverOnly = SmimeTestKeys.certificate(partnerKeys, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(30)), KeyUsage.keyEncipherment, KeyPurposeId.id_kp_serverAuth);
        KeyPair weak = SmimeTestKeys.rsa(1024);
        X509Certificate shortKey = SmimeTestKeys.emailCertificate(weak);
        SmimeEncryptor encryptor = new SmimeEncryptor();

        for (X509Certificate certificate : Arrays.asList(expired, signingOnly, serverOnly, shortKey)) {
            assertThrows(CertificateNotUsableException.class, () -> encryptor.encrypt(handover(), certificate));
        }
    }

    @Test
    void failsFastOnUnknownConfiguration() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SmimeEncryptor.fromConfig("DES", "RSA_PKCS1"));
        assertTrue(e.getMessage().startsWith("vhk.smime.content-encryption"), e.getMessage());
        SmimeEncryptor.fromConfig("aes256_gcm", "rsa_oaep_sha256");
    }

    @ParameterizedTest(name = "openssl {2} decrypts {0} with {1}")
    @CsvSource({"AES256_CBC,RSA_PKCS1,smime", "AES256_CBC,RSA_OAEP_SHA256,cms", "AES256_GCM,RSA_PKCS1,cms",
            "AES256_GCM,RSA_OAEP_SHA256,cms"})
    void opensslDecrypts(SmimeEncryptor.ContentEncryption encryption, SmimeEncryptor.KeyTransport transport,
                         String command, @TempDir Path dir) throws Exception {
        assumeTrue(opensslAvailable(), "openssl is not installed: interop test skipped");
        Path key = dir.resolve("partner-key.pem");
        try (Writer writer = Files.newBufferedWriter(key); JcaPEMWriter pem = new JcaPEMWriter(writer)) {
            pem.writeObject(partnerKeys.getPrivate());
        }
        Path certificate = dir.resolve("partner-cert.pem");
        try (Writer writer = Files.newBufferedWriter(certificate); JcaPEMWriter pem = new JcaPEMWriter(writer)) {
            pem.writeObject(partnerCertificate);
        }
        Path encrypted = dir.resolve("handover.eml");
        MimeMessage message = new SmimeEncryptor(encryption, transport, Clock.systemUTC())
                .encrypt(handoverMessage(), partnerCertificate, session);
        try (OutputStream out = Files.newOutputStream(encrypted)) {
            message.writeTo(out);
        }
        Path decrypted = dir.resolve("decrypted.mime");

        Process openssl = new ProcessBuilder("openssl", command, "-decrypt", "-in", encrypted.toString(),
                "-recip", certificate.toString(), "-inkey", key.toString(), "-out", decrypted.toString())
                .redirectErrorStream(true).start();
        String output = new String(openssl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(openssl.waitFor(30, TimeUnit.SECONDS), "openssl did not finish");
        assertEquals(0, openssl.exitValue(), "openssl " + command + " failed: " + output);

        try (InputStream in = Files.newInputStream(decrypted)) {
            assertIsTheHandover(new MimeBodyPart(in));
        }
    }

    private static boolean opensslAvailable() {
        try {
            Process process = new ProcessBuilder("openssl", "version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
