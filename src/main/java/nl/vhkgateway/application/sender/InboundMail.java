package nl.vhkgateway.application.sender;

import nl.vhkgateway.application.MailSessions;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Enumeration;
import java.util.Objects;
import java.util.Optional;

/**
 * A message under sender verification: the parsed message, when it was received, and its S/MIME structure (read
 * once, on first use). Confined to the one thread that verifies it.
 */
public final class InboundMail {

    private static final String[] CONTENT_HEADERS = {"Content-Type", "Content-Transfer-Encoding",
            "Content-Disposition", "Content-Description", "Content-ID", "Content-MD5", "Content-Language"};

    private final MimeMessage message;
    private final Instant receivedAt;
    private final SignedMailReader reader;
    private SignedMail signedMail;

    public InboundMail(MimeMessage message, Instant receivedAt, SignedMailReader reader) {
        this.message = Objects.requireNonNull(message, "message");
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    public MimeMessage message() {
        return message;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public SignedMail signedMail() {
        if (signedMail == null) {
            signedMail = reader.read(message);
        }
        return signedMail;
    }

    /**
     * What later steps should screen: for a signed message, a new message with the original headers (From,
     * Subject, ...) around the signed content, so the card inside an opaque signature is screened too; otherwise
     * (or when the content cannot be re-assembled) the original message.
     */
    public MimeMessage contentForScreening() {
        return signedMail().signedContent().flatMap(content -> {
            try {
                return Optional.of(unwrap(message, content));
            } catch (MessagingException | IOException e) {
                return Optional.empty();
            }
        }).orElse(message);
    }

    /** The original's headers, minus its Content-* headers, followed by the signed entity (headers and body). */
    static MimeMessage unwrap(MimeMessage original, MimeBodyPart content) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Enumeration<String> lines = original.getNonMatchingHeaderLines(CONTENT_HEADERS);
        while (lines.hasMoreElements()) {
            out.write(lines.nextElement().getBytes(StandardCharsets.UTF_8));
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        content.writeTo(out);
        Session session = MailSessions.plain();
        return new MimeMessage(session, new ByteArrayInputStream(out.toByteArray()));
    }
}
