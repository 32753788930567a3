package nl.vhkgateway.testsupport.docx;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * Turns a plain-text card of the blind set ({@code src/test/resources/screening/blind/cards/card-NN.txt}) into a real
 * .docx, and into a mail when the card has mail blocks. Blocks are separated by one blank line; a block's first line
 * is its label ("Datum:"), the rest its value lines (a line with {@code |} becomes a table row; a block whose first
 * line is such a row is a table without a label). Special blocks put
 * their text where a real card hides it: {@code [HEADER]}, {@code [FOOTER]}, {@code [COMMENT author=Name]} (a Word
 * comment by that author), {@code [ALT]} (an image description), {@code [PROPERTY title]} (a document property),
 * {@code [TRACKED-DELETION]} (a tracked deletion), {@code [FOOTNOTE]}; {@code [MAIL-SUBJECT]}, {@code [MAIL-BODY]}
 * and {@code [FILENAME]} describe the mail that carries the card.
 */
public final class PlainTextCard {

    public static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final byte[] docx;
    private final String subject;
    private final String body;
    private final String fileName;

    private PlainTextCard(byte[] docx, String subject, String body, String fileName) {
        this.docx = docx;
        this.subject = subject;
        this.body = body;
        this.fileName = fileName;
    }

    public static PlainTextCard parse(String text) {
        WordDocxBuilder b = WordDocxBuilder.card().layout(WordDocxBuilder.Layout.BOLD_LINES);
        String subject = null;
        String body = null;
        String fileName = null;
        for (String block : text.replace("\r\n", "\n").strip().split("\n\\s*\n")) {
            List<String> lines = new ArrayList<>(List.of(block.strip().split("\n")));
            String label = lines.remove(0).strip();
            String value = String.join("\n", lines).strip();
            if (label.equals("[HEADER]")) {
                b.header(value);
            } else if (label.equals("[FOOTER]")) {
                b.footer(value);
            } else if (label.startsWith("[COMMENT")) {
                String author = label.replaceFirst("^\\[COMMENT\\s*(author=)?", "").replaceFirst("]$", "").strip();
                b.paragraph("Zie opmerking.").comment(author.isEmpty() ? "Auteur" : author, initials(author), value);
            } else if (label.equals("[ALT]")) {
                b.paragraph("").image(value, "Afbeelding");
            } else if (label.startsWith("[PROPERTY")) {
                b.property(WordDocxBuilder.Property.TITLE, value);
            } else if (label.equals("[TRACKED-DELETION]")) {
                b.paragraph("Aangepast.").deletion("Inbrenger", " " + value);
            } else if (label.equals("[FOOTNOTE]")) {
                b.paragraph("Zie voetnoot.").footnote(value);
            } else if (label.equals("[MAIL-SUBJECT]")) {
                subject = value;
            } else if (label.equals("[MAIL-BODY]")) {
                body = value;
            } else if (label.equals("[FILENAME]")) {
                fileName = value;
            } else {
                if (label.contains("|")) {
                    lines.add(0, label); // a block that opens with a table row ("Datum inbreng | 26/11/2026") has no label
                } else {
                    b.boldLine(label);
                }
                boolean table = false;
                for (String line : lines) {
                    if (line.contains("|")) {
                        String[] cells = line.split("\\|");
                        for (int i = 0; i < cells.length; i++) {
                            cells[i] = cells[i].strip();
                        }
                        b.tableRow(cells);
                        table = true;
                    } else {
                        if (table) {
                            b.endTable();
                            table = false;
                        }
                        b.paragraph(line.strip());
                    }
                }
                if (table) {
                    b.endTable();
                }
            }
        }
        return new PlainTextCard(b.build(), subject, body, fileName);
    }

    private static String initials(String author) {
        StringBuilder s = new StringBuilder();
        for (String part : author.split("\\s+")) {
            if (!part.isEmpty()) {
                s.append(part.charAt(0));
            }
        }
        return s.toString();
    }

    public byte[] docx() {
        return docx.clone();
    }

    /** Whether the card comes with a mail (subject, body or file name given). */
    public boolean hasMail() {
        return subject != null || body != null || fileName != null;
    }

    /** The mail's subject, when the card names one. */
    public Optional<String> subject() {
        return Optional.ofNullable(subject);
    }

    public Optional<String> fileName() {
        return Optional.ofNullable(fileName);
    }

    /** The mail that carries the card: its subject and body, the card attached under its file name. */
    public byte[] mail() throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom("inbrenger@toegang.example.nl");
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, "vht@gateway.example.nl");
        message.setSubject(subject == null ? "Veiligheidskaart" : subject, "UTF-8");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body == null ? "Hierbij de kaart." : body, "UTF-8");
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setContent(docx, DOCX_TYPE);
        attachment.setFileName(fileName == null ? "Veiligheidskaart.docx" : fileName);
        message.setContent(new MimeMultipart(text, attachment));
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }
}
