package nl.vhkgateway.application.sender;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import nl.vhkgateway.infrastructure.crypto.TestCertificates;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.mail.smime.SMIMESignedGenerator;

/**
 * Builds test messages the way the gateway receives them: composed with Jakarta Mail, optionally S/MIME-signed with
 * Bouncy Castle, written to bytes and parsed again (so signatures are checked over the exact received bytes).
 */
final class TestMails {

    static final Session SESSION = Session.getInstance(new Properties());
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private String from = "Vaste Deelnemer <deelnemer@roosendaal.test>";
    private final Map<String, String> headers = new LinkedHashMap<>();
    private String body = "Beste voorzitter,\r\n\r\nHierbij de Veiligheidskaart.\r\n";
    private byte[] card = "PK\u0003\u0004 pretend docx bytes".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    static TestMails mail() {
        return new TestMails();
    }

    TestMails from(String value) {
        from = value;
        return this;
    }

    TestMails header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    TestMails body(String value) {
        body = value;
        return this;
    }

    TestMails card(byte[] value) {
        card = value.clone();
        return this;
    }

    /** The unsigned message, as received. */
    MimeMessage build() throws Exception {
        MimeMessage message = envelope();
        message.setContent(content());
        return received(message);
    }

    /** Clear-signed (multipart/signed) by the identity. */
    MimeMessage signedBy(TestCertificates.Identity signer) throws Exception {
        MimeMessage message = envelope();
        message.setContent(generator(signer).generate(wrap(content())));
        return received(message);
    }

    /** Opaque-signed (application/pkcs7-mime; smime-type=signed-data) by the identity. */
    MimeMessage opaqueSignedBy(TestCertificates.Identity signer) throws Exception {
        MimeMessage message = envelope();
        MimeBodyPart encapsulated = generator(signer).generateEncapsulated(wrap(content()));
        message.setContent(encapsulated.getContent(), encapsulated.getContentType());
        message.setHeader("Content-Transfer-Encoding", "base64");
        return received(message);
    }

    static MimeMessage parse(byte[] raw) throws Exception {
        return new MimeMessage(SESSION, new ByteArrayInputStream(raw));
    }

    static byte[] bytes(MimeMessage message) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }

    private MimeMessage envelope() throws Exception {
        MimeMessage message = new MimeMessage(SESSION);
        if (from != null) {
            message.setHeader("From", from);
        }
        message.setRecipients(jakarta.mail.Message.RecipientType.TO,
                InternetAddress.parse("veiligheidsteam@gateway.test"));
        message.setSubject("Veiligheidskaart inbreng");
        for (Map.Entry<String, String> header : headers.entrySet()) {
            message.addHeader(header.getKey(), header.getValue());
        }
        return message;
    }

    private MimeMultipart content() throws Exception {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, "UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new jakarta.activation.DataHandler(
                new jakarta.mail.util.ByteArrayDataSource(card, DOCX)));
        attachment.setFileName("Veiligheidskaart.docx");
        return new MimeMultipart(text, attachment);
    }

    private static MimeBodyPart wrap(MimeMultipart multipart) throws Exception {
        MimeBodyPart part = new MimeBodyPart();
        part.setContent(multipart);
        return part;
    }

    private static SMIMESignedGenerator generator(TestCertificates.Identity signer) throws Exception {
        SMIMESignedGenerator generator = new SMIMESignedGenerator();
        generator.addSignerInfoGenerator(new JcaSimpleSignerInfoGeneratorBuilder()
                .build("SHA256withRSA", signer.privateKey(), signer.certificate()));
        generator.addCertificates(new JcaCertStore(List.of(signer.certificate())));
        return generator;
    }

    private static MimeMessage received(MimeMessage message) throws Exception {
        message.saveChanges();
        return parse(bytes(message));
    }
}
