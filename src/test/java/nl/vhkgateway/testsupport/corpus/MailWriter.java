package nl.vhkgateway.testsupport.corpus;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import nl.vhkgateway.domain.card.Section;
import nl.vhkgateway.testsupport.corpus.PersonalData.Plant;

/**
 * Writes the mails a vaste deelnemer sends (.eml bytes) with Jakarta Mail: a subject, a text or HTML body signed
 * with the vaste deelnemer's name as on the card's cover, and the card attached; also forwarded, S/MIME-signed and
 * logo-carrying shapes, and mails with other attachments. Stateless.
 */
public final class MailWriter {

    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /** A file to attach. */
    public record Attachment(String fileName, byte[] content) {
    }

    /** How a clean mail is put together. */
    public enum Shape {
        PLAIN, HTML_WITH_LOGO, SMIME_SIGNED, FORWARDED
    }

    private MailWriter() {
    }

    /** A clean mail carrying the card. */
    public static byte[] clean(byte[] card, Map<Section, String> values, Random random, Shape shape) {
        try {
            MimeMessage message = message("Veiligheidskaart " + soort(values) + " VHT");
            String signer = signer(values);
            String text = "Beste voorzitter,\n\nHierbij de Veiligheidskaart voor de bespreking in het VeiligheidsTeam."
                    + "\nDe inbrenger is bereikbaar via de gemeente.\n\nMet vriendelijke groet,\n" + signer;
            switch (shape) {
                case PLAIN -> message.setContent(mixed(textPart(text), docx("Veiligheidskaart.docx", card)));
                case HTML_WITH_LOGO -> {
                    MimeBodyPart html = new MimeBodyPart();
                    html.setContent("<html><body><p>Beste voorzitter,</p><p>Hierbij de kaart.</p><p>Met vriendelijke "
                            + "groet,<br>" + signer + "<br><img src=\"cid:logo\" alt=\"Logo gemeente\"></p>"
                            + "</body></html>", "text/html; charset=UTF-8");
                    MimeBodyPart logo = new MimeBodyPart();
                    logo.setDataHandler(new DataHandler(new ByteArrayDataSource(new byte[] {(byte) 0x89, 'P', 'N',
                        'G'}, "image/png")));
                    logo.setContentID("<logo>");
                    logo.setDisposition(MimeBodyPart.INLINE);
                    MimeMultipart related = new MimeMultipart("related", html, logo);
                    MimeBodyPart relatedPart = new MimeBodyPart();
                    relatedPart.setContent(related);
                    MimeMultipart alternative = new MimeMultipart("alternative", textPart(text), relatedPart);
                    MimeBodyPart alternativePart = new MimeBodyPart();
                    alternativePart.setContent(alternative);
                    message.setContent(mixed(alternativePart, docx("Veiligheidskaart.docx", card)));
                }
                case SMIME_SIGNED -> {
                    MimeBodyPart content = new MimeBodyPart();
                    content.setContent(mixed(textPart(text), docx("Veiligheidskaart.docx", card)));
                    MimeBodyPart signature = new MimeBodyPart();
                    signature.setDataHandler(new DataHandler(new ByteArrayDataSource(new byte[64],
                            "application/pkcs7-signature")));
                    signature.setFileName("smime.p7s");
                    signature.setDisposition(MimeBodyPart.ATTACHMENT);
                    MimeMultipart signed = new MimeMultipart("signed; protocol=\"application/pkcs7-signature\"; "
                            + "micalg=sha-256", content, signature);
                    message.setContent(signed);
                }
                case FORWARDED -> {
                    MimeMessage original = message("Kaart voor het VHT");
                    original.setContent(mixed(textPart("Hoi, hierbij mijn kaart. Groet, de inbrenger"),
                            docx("Veiligheidskaart.docx", card)));
                    original.saveChanges();
                    MimeBodyPart forwarded = new MimeBodyPart();
                    forwarded.setContent(original, "message/rfc822");
                    forwarded.setFileName("Kaart voor het VHT.eml");
                    forwarded.setDisposition(MimeBodyPart.ATTACHMENT);
                    message.setContent(mixed(textPart("Doorgestuurd voor de bespreking.\n\n" + signer), forwarded));
                }
            }
            return bytes(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A mail with a clean card and the plant in the subject, body, HTML body, attachment name or forwarded body. */
    public static byte[] withPlant(byte[] card, Map<Section, String> values, Hiding hiding, Plant plant,
                                   Random random) {
        try {
            String subject = "Veiligheidskaart " + soort(values);
            String text = "Beste voorzitter,\n\nHierbij de kaart.\n\nMet vriendelijke groet,\n" + signer(values);
            String fileName = "Veiligheidskaart.docx";
            switch (hiding) {
                case MAIL_SUBJECT -> subject = subject + " - " + plant.sentence();
                case MAIL_BODY -> text = "Beste voorzitter,\n\nHierbij de kaart. " + plant.sentence()
                        + "\n\nMet vriendelijke groet,\n" + signer(values);
                case ATTACHMENT_NAME -> fileName = "Veiligheidskaart " + CorpusGenerator.shortForm(plant) + ".docx";
                default -> {
                    // HTML and forwarded bodies below
                }
            }
            MimeMessage message = message(subject);
            if (hiding == Hiding.MAIL_HTML_BODY) {
                MimeBodyPart html = new MimeBodyPart();
                html.setContent("<html><head><style>p{margin:0}</style></head><body><p>Beste voorzitter,</p>"
                        + "<p>Hierbij de kaart.</p><div><span>" + escape(plant.sentence()) + "</span></div><p>Met "
                        + "vriendelijke groet,<br/>" + escape(signer(values)) + "</p></body></html>",
                        "text/html; charset=UTF-8");
                message.setContent(mixed(html, docx(fileName, card)));
            } else if (hiding == Hiding.FORWARDED_MAIL_BODY) {
                MimeMessage original = message("Kaart");
                original.setText("Hoi,\n\n" + plant.sentence() + "\n\nGroet", "UTF-8");
                original.saveChanges();
                MimeBodyPart forwarded = new MimeBodyPart();
                forwarded.setContent(original, "message/rfc822");
                forwarded.setDisposition(MimeBodyPart.ATTACHMENT);
                message.setContent(mixed(textPart(text), docx(fileName, card), forwarded));
            } else {
                message.setContent(mixed(textPart(text), docx(fileName, card)));
            }
            return bytes(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A mail with exactly these attachments. */
    public static byte[] withAttachments(List<Attachment> attachments, Random random) {
        try {
            MimeMessage message = message("Veiligheidskaart");
            MimeBodyPart[] parts = new MimeBodyPart[attachments.size() + 1];
            parts[0] = textPart("Beste voorzitter,\n\nZie bijlage.\n\nGroet");
            for (int i = 0; i < attachments.size(); i++) {
                Attachment attachment = attachments.get(i);
                parts[i + 1] = attachment.fileName().endsWith(".docx") ? docx(attachment.fileName(),
                        attachment.content()) : file(attachment.fileName(), attachment.content(),
                        "application/octet-stream");
            }
            message.setContent(mixed(parts));
            return bytes(message);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String soort(Map<Section, String> values) {
        String soort = values.getOrDefault(Section.SOORT_INBRENG, "");
        return soort.toLowerCase().contains("vervolg") ? "vervolgbespreking" : "eerste inbreng";
    }

    /**
     * The vaste deelnemer's signature: the name as the card's cover gives it (the professional's own name, allowed
     * there), function, work phone numbers and work address.
     */
    private static String signer(Map<Section, String> values) {
        String deelnemer = values.getOrDefault(Section.VASTE_DEELNEMER, "De vaste deelnemer");
        int comma = deelnemer.indexOf(',');
        String name = comma < 0 ? deelnemer : deelnemer.substring(0, comma);
        String mailbox = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z ]", "")
                .strip().toLowerCase(java.util.Locale.ROOT).replace(' ', '.');
        return name + "\nVaste deelnemer VHT, gemeente Roosendaal\nT 0165 579 111 | M 06-41234567\n" + mailbox
                + "@roosendaal.nl";
    }

    private static MimeMessage message(String subject) throws MessagingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("deelnemer@roosendaal.test"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress("veiligheidsteam@gateway.test"));
        message.setSubject(subject, "UTF-8");
        return message;
    }

    private static MimeMultipart mixed(MimeBodyPart... parts) throws MessagingException {
        return new MimeMultipart(parts);
    }

    private static MimeBodyPart textPart(String text) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(text, "UTF-8");
        return part;
    }

    private static MimeBodyPart docx(String fileName, byte[] content) throws MessagingException {
        return file(fileName, content, DOCX_TYPE);
    }

    private static MimeBodyPart file(String fileName, byte[] content, String type) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, type)));
        part.setFileName(fileName);
        part.setDisposition(MimeBodyPart.ATTACHMENT);
        return part;
    }

    private static byte[] bytes(MimeMessage message) throws MessagingException {
        try {
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("ë", "&euml;");
    }
}
