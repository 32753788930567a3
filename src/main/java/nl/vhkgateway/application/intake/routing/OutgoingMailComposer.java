package nl.vhkgateway.application.intake.routing;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.OutgoingMessage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;
import nl.vhkgateway.application.mailflow.OutgoingMessageIds;

/**
 * Turns {@link MailDraft}s of one submission into finished {@link OutgoingMessage}s: From the gateway's address,
 * the deterministic Message-ID of {@link OutgoingMessageIds} (per submission, purpose, decision round and recipients,
 * so a decision taken again after a crash carries the same ids), {@code Auto-Submitted} (RFC 3834:
 * {@code auto-replied} for answers, {@code auto-generated} otherwise), In-Reply-To/References for answers, a plain
 * UTF-8 text body and the attachment, if any. Thread-safe (immutable; a fresh Session per message).
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
        MimeMessage message = new FixedIdMimeMessage(Session.getInstance(new Properties()), messageId);
        message.setFrom(new InternetAddress(gatewayAddress.value(), SENDER_NAME, StandardCharsets.UTF_8.name()));
        InternetAddress[] to = new InternetAddress[draft.recipients().size()];
        for (int i = 0; i < to.length; i++) {
            to[i] = new InternetAddress(draft.recipients().get(i).value());
        }
        message.setRecipients(MimeMessage.RecipientType.TO, to);
        message.setSubject(draft.text().subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", draft.reply() ? "auto-replied" : "auto-generated");
        message.setHeader("X-VHK-Submission", intake.submission().id().toString());
        if (draft.reply()) {
            intake.originalMessageId().ifPresent(original -> {
                try {
                    message.setHeader("In-Reply-To", original);
                    message.setHeader("References", original);
                } catch (MessagingException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        String body = draft.text().text().replace("\r\n", "\n").replace("\n", "\r\n");
        if (draft.attachment().isEmpty()) {
            message.setText(body, StandardCharsets.UTF_8.name(), "plain");
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(body, StandardCharsets.UTF_8.name(), "plain");
            MailDraft.Attachment file = draft.attachment().get();
            MimeBodyPart attached = new MimeBodyPart();
            attached.setDataHandler(new DataHandler(new ByteArrayDataSource(file.content(), file.contentType())));
            attached.setFileName(file.fileName());
            attached.setDisposition(MimeBodyPart.ATTACHMENT);
            attached.setHeader("Content-Transfer-Encoding", "base64");
            MimeMultipart multipart = new MimeMultipart("mixed");
            multipart.addBodyPart(text);
            multipart.addBodyPart(attached);
            message.setContent(multipart);
        }
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096
                + draft.attachment().map(a -> a.content().length * 4 / 3).orElse(0));
        message.writeTo(out);
        return out.toByteArray();
    }

    /** Keeps the deterministic Message-ID: saveChanges() would otherwise generate a random one. */
    private static final class FixedIdMimeMessage extends MimeMessage {
        private final String messageId;

        FixedIdMimeMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
