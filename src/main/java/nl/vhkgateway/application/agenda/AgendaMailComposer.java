package nl.vhkgateway.application.agenda;

import nl.vhkgateway.application.MailSessions;
import nl.vhkgateway.application.intake.messages.MailBodies;

import nl.vhkgateway.application.mailflow.FixedIdMimeMessage;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import nl.vhkgateway.application.intake.messages.MailText;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.OutgoingMessage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Date;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Composes the agenda's own mails (declined notice, agenda, reminders, weekly overview) as finished
 * {@link OutgoingMessage}s for the outbox: From the gateway, {@code Auto-Submitted: auto-generated} (RFC 3834), a
 * plain UTF-8 text and optional attachments, and a <b>deterministic Message-ID</b> derived from a notice key (e.g.
 * {@code AGENDA/2026-12-01/<recipient>}): the same notice composed again after a crash carries the same id, and the
 * outbox adds a Message-ID only once. Thread-safe.
 */
public final class AgendaMailComposer {

    static final String SENDER_NAME = "VeiligheidsTeam West-Brabant West";

    private final MailAddress gatewayAddress;
    private final Clock clock;

    public AgendaMailComposer(MailAddress gatewayAddress, Clock clock) {
        this.gatewayAddress = Objects.requireNonNull(gatewayAddress, "gatewayAddress");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** An attachment: file name, content type, bytes. */
    public record Attachment(String fileName, String contentType, byte[] content) {
        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }
    }

    /** The deterministic Message-ID of a notice key. */
    public String messageId(String noticeKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(noticeKey.getBytes(StandardCharsets.UTF_8));
            return "<vhk-agenda-" + HexFormat.of().formatHex(digest, 0, 20) + "@" + gatewayAddress.domain() + ">";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing", e);
        }
    }

    public OutgoingMessage compose(String purpose, String noticeKey, List<MailAddress> recipients, MailText text,
                                   List<Attachment> attachments) {
        return compose(purpose, noticeKey, recipients, text, attachments, Optional.empty());
    }

    /**
     * As {@link #compose}, for one recipient, with the text and attachments inside an S/MIME envelope: {@code
     * envelope} turns the {@code multipart/mixed} content into an {@code application/pkcs7-mime} part (the
     * handover's {@code PartnerEncryption}). Only the headers (subject without personal data) stay readable.
     */
    public OutgoingMessage composeEncrypted(String purpose, String noticeKey, MailAddress recipient, MailText text,
                                            List<Attachment> attachments, UnaryOperator<MimeBodyPart> envelope) {
        return compose(purpose, noticeKey, List.of(recipient), text, attachments, Optional.of(envelope));
    }

    private OutgoingMessage compose(String purpose, String noticeKey, List<MailAddress> recipients, MailText text,
                                    List<Attachment> attachments, Optional<UnaryOperator<MimeBodyPart>> envelope) {
        String messageId = messageId(noticeKey);
        try {
            MimeMessage message = new FixedIdMimeMessage(MailSessions.plain(), messageId);
            message.setFrom(new InternetAddress(gatewayAddress.value(), SENDER_NAME, StandardCharsets.UTF_8.name()));
            InternetAddress[] to = new InternetAddress[recipients.size()];
            for (int i = 0; i < to.length; i++) {
                to[i] = new InternetAddress(recipients.get(i).value());
            }
            message.setRecipients(MimeMessage.RecipientType.TO, to);
            message.setSubject(text.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(clock.instant()));
            MailBodies.markAutomatic(message, false);
            List<MimeBodyPart> parts = new ArrayList<>();
            for (Attachment attachment : attachments) {
                MimeBodyPart part = new MimeBodyPart();
                part.setDataHandler(new DataHandler(new ByteArrayDataSource(attachment.content(),
                        attachment.contentType())));
                part.setFileName(attachment.fileName());
                part.setDisposition(MimeBodyPart.ATTACHMENT);
                part.setHeader("Content-Transfer-Encoding", "base64");
                parts.add(part);
            }
            if (envelope.isPresent()) {
                MimeBodyPart inner = new MimeBodyPart();
                inner.setContent(MailBodies.mixed(text, parts));
                MimeBodyPart encrypted = envelope.get().apply(inner);
                message.setContent(encrypted.getContent(), encrypted.getContentType());
                for (String name : List.of("Content-Transfer-Encoding", "Content-Disposition",
                        "Content-Description")) {
                    String[] values = encrypted.getHeader(name);
                    if (values != null && values.length > 0) {
                        message.setHeader(name, values[0]);
                    }
                }
            } else {
                MailBodies.setBody(message, text, parts);
            }
            message.saveChanges();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            message.writeTo(out);
            return new OutgoingMessage(purpose, messageId, gatewayAddress, recipients, out.toByteArray());
        } catch (MessagingException e) {
            throw new IllegalStateException("Composing the " + purpose + " message failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
