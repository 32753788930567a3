package nl.vhkgateway.application.intake.routing;

import nl.vhkgateway.application.MailSessions;
import nl.vhkgateway.application.mailflow.FixedIdMimeMessage;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import nl.vhkgateway.application.intake.messages.MailBodies;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.OutgoingMessage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.vhkgateway.application.mailflow.OutgoingMessageIds;

/**
 * Turns {@link MailDraft}s of one submission into finished {@link OutgoingMessage}s: From the gateway's address,
 * the deterministic Message-ID of {@link OutgoingMessageIds} (per submission, purpose, decision round and recipients,
 * so a decision taken again after a crash carries the same ids), {@code Auto-Submitted} (RFC 3834:
 * {@code auto-replied} for answers, {@code auto-generated} otherwise) and {@code X-Auto-Response-Suppress}, the
 * draft's extra headers, In-Reply-To/References for answers, the text as {@code multipart/alternative} (plain and
 * HTML, {@link MailBodies}) and the attachment, if any, next to it in {@code multipart/mixed}. Thread-safe
 * (immutable; a fresh Session per message).
 */
public final class OutgoingMailComposer {

    static final String SENDER_NAME = "VeiligheidsTeam West-Brabant West";

    private final MailAddress gatewayAddress;
    private final Clock clock;

    public OutgoingMailComposer(MailAddress gatewayAddress, Clock clock) {
        this.gatewayAddress = Objects.requireNonNull(gatewayAddress, "gatewayAddress");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The message for {@code draft} in the context of {@code intake}. */
    public OutgoingMessage compose(IntakeContext intake, MailDraft draft) {
        String idPurpose = intake.round() == 0 ? draft.purpose() : draft.purpose() + "_R" + intake.round();
        String messageId = OutgoingMessageIds.of(intake.submission().id(), idPurpose, draft.recipients(),
                gatewayAddress.domain());
        try {
            return new OutgoingMessage(draft.purpose(), messageId, gatewayAddress, draft.recipients(),
                    mime(intake, draft, messageId));
        } catch (MessagingException e) {
            throw new IllegalStateException("Composing the " + draft.purpose() + " message failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] mime(IntakeContext intake, MailDraft draft, String messageId) throws MessagingException, IOException {
        MimeMessage message = new FixedIdMimeMessage(MailSessions.plain(), messageId);
        message.setFrom(new InternetAddress(gatewayAddress.value(), SENDER_NAME, StandardCharsets.UTF_8.name()));
        InternetAddress[] to = new InternetAddress[draft.recipients().size()];
        for (int i = 0; i < to.length; i++) {
            to[i] = new InternetAddress(draft.recipients().get(i).value());
        }
        message.setRecipients(MimeMessage.RecipientType.TO, to);
        message.setSubject(draft.text().subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        MailBodies.markAutomatic(message, draft.reply());
        message.setHeader("X-VHK-Submission", intake.submission().id().toString());
        for (Map.Entry<String, String> header : draft.headers().entrySet()) {
            message.setHeader(header.getKey(), header.getValue());
        }
        if (draft.reply()) {
            Optional<String> original = intake.originalMessageId();
            if (original.isPresent()) {
                message.setHeader("In-Reply-To", original.get());
                message.setHeader("References", original.get());
            }
        }
        List<MimeBodyPart> attachments = new ArrayList<>();
        if (draft.attachment().isPresent()) {
            MailDraft.Attachment file = draft.attachment().get();
            MimeBodyPart attached = new MimeBodyPart();
            attached.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
            attached.setFileName(file.fileName());
            attached.setDisposition(MimeBodyPart.ATTACHMENT);
            attached.setHeader("Content-Transfer-Encoding", "base64");
            attachments.add(attached);
        }
        MailBodies.setBody(message, draft.text(), attachments);
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096
                + draft.attachment().map(a -> a.content().length * 4 / 3).orElse(0));
        message.writeTo(out);
        return out.toByteArray();
    }
}
