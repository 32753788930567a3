package nl.vhkgateway.application.handover;

import nl.vhkgateway.application.MailSessions;
import nl.vhkgateway.application.mailflow.FixedIdMimeMessage;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import nl.vhkgateway.application.intake.messages.MailBodies;
import nl.vhkgateway.application.intake.messages.MailText;
import nl.vhkgateway.application.mailflow.OutgoingMessageIds;
import nl.vhkgateway.domain.consent.ConsentId;
import nl.vhkgateway.domain.mail.GatewayHeaders;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.OutgoingMessage;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.participant.PemCertificate;
import nl.vhkgateway.domain.submission.Submission;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the finished messages of the handover flow, each with a deterministic Message-ID
 * ({@link OutgoingMessageIds}: the same submission and purpose give the same id, so a retry after a crash is
 * recognisable), the text as {@code multipart/alternative} (plain and HTML) and {@code Auto-Submitted}
 * ({@code auto-generated} on the delivery, {@code auto-replied} on the answers to the sender) with
 * {@code X-Auto-Response-Suppress: All} ({@link MailBodies}):
 * <ul>
 *   <li>the delivery to the partner's receiving mailbox: a Dutch note and the sanitised card
 *       ({@code veiligheidskaart.docx}: a neutral name, the original file name may hold a name), S/MIME-encrypted
 *       for the partner's certificate when one is registered ({@code multipart/mixed} with the alternative text
 *       part and the card, inside the envelope). The subject is neutral (headers travel in the
 *       clear); the consent number is in the header {@value HandoverMail#CONSENT_HEADER};</li>
 *   <li>plain Dutch texts to the sender's registered address, in reply to the original message.</li>
 * </ul>
 * Thread-safe (a fresh jakarta.mail Session per message).
 */
public final class HandoverMailComposer {

    private static final String DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    /** The file name of the card as delivered. */
    public static final String CARD_FILE_NAME = "veiligheidskaart.docx";
    /** A Message-ID we repeat in In-Reply-To: one token in angle brackets, nothing that could end the header. */
    private static final java.util.regex.Pattern SAFE_MESSAGE_ID =
            java.util.regex.Pattern.compile("<[\\x21-\\x3B\\x3D\\x3F-\\x7E]{1,250}>");

    private final MailAddress gatewayAddress;
    private final PartnerEncryption encryption;
    private final Clock clock;

    /**
     * @param gatewayAddress the handover mailbox: From and envelope sender of everything the flow sends
     */
    public HandoverMailComposer(MailAddress gatewayAddress, PartnerEncryption encryption, Clock clock) {
        this.gatewayAddress = Objects.requireNonNull(gatewayAddress, "gatewayAddress");
        this.encryption = Objects.requireNonNull(encryption, "encryption");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** True when the delivery to this receiver is encrypted (a certificate is registered). */
    public static boolean encrypts(Reception.Ready ready) {
        return ready.receiver().partnerCertificate().isPresent();
    }

    /**
     * The card for the partner.
     *
     * @throws PartnerEncryption.PartnerCertificateUnusableException when the partner's certificate cannot be used
     */
    public OutgoingMessage delivery(Submission submission, Reception.Ready ready, ConsentId consent,
                                    byte[] sanitisedCard) {
        MailAddress to = ready.receiver().receivingMailbox();
        List<MailAddress> recipients = List.of(to);
        String messageId = OutgoingMessageIds.of(submission.id(), HandoverMail.DELIVERY, recipients,
                gatewayAddress.domain());
        MailText note = HandoverTexts.deliveryNote(ready, consent);
        try {
            MimeMessage message = newMessage(messageId, to, note.subject(), false);
            message.setHeader(HandoverMail.CONSENT_HEADER, consent.toString());

            MimeBodyPart card = new MimeBodyPart();
            card.setDataHandler(new DataHandler(new ByteArrayDataSource(sanitisedCard, DOCX_TYPE)));
            card.setFileName(CARD_FILE_NAME);
            card.setDisposition(MimeBodyPart.ATTACHMENT);
            MimeMultipart mixed = MailBodies.mixed(note, List.of(card));

            Optional<PemCertificate> certificate = ready.receiver().partnerCertificate();
            if (certificate.isPresent()) {
                MimeBodyPart inner = new MimeBodyPart();
                inner.setContent(mixed);
                MimeBodyPart envelope = encryption.encrypt(inner, certificate.get().x509());
                message.setContent(envelope.getContent(), envelope.getContentType());
                for (String name : List.of("Content-Transfer-Encoding", "Content-Disposition", "Content-Description")) {
                    String[] values = envelope.getHeader(name);
                    if (values != null && values.length > 0) {
                        message.setHeader(name, values[0]);
                    }
                }
            } else {
                message.setContent(mixed);
            }
            return new OutgoingMessage(HandoverMail.DELIVERY, messageId, gatewayAddress, recipients, bytes(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("the handover delivery could not be composed: "
                    + e.getClass().getSimpleName(), e);
        }
    }

    /** A plain Dutch text to the sender's registered address, in reply to the original message when it had an id. */
    public OutgoingMessage toSender(Submission submission, Participant participant, String purpose, MailText text) {
        MailAddress to = participant.mailAddress();
        List<MailAddress> recipients = List.of(to);
        String messageId = OutgoingMessageIds.of(submission.id(), purpose, recipients, gatewayAddress.domain());
        try {
            MimeMessage message = newMessage(messageId, to, text.subject(), true);
            String original = submission.key().messageId();
            if (!submission.key().syntheticMessageId() && SAFE_MESSAGE_ID.matcher(original).matches()) {
                message.setHeader("In-Reply-To", original);
                message.setHeader("References", original);
            }
            message.setHeader(GatewayHeaders.SUBMISSION, submission.id().toString());
            message.setHeader(GatewayHeaders.OUTCOME, HandoverMail.CONFIRMATION.equals(purpose)
                    ? GatewayHeaders.ACCEPTED : GatewayHeaders.REFUSED);
            MailBodies.setBody(message, text, List.of());
            return new OutgoingMessage(purpose, messageId, gatewayAddress, recipients, bytes(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("a handover notice could not be composed: " + e.getClass().getSimpleName(),
                    e);
        }
    }

    private MimeMessage newMessage(String messageId, MailAddress to, String subject, boolean reply)
            throws MessagingException, IOException {
        MimeMessage message = new FixedIdMimeMessage(MailSessions.plain(), messageId);
        message.setFrom(new InternetAddress(gatewayAddress.value(), "VHK-gateway", StandardCharsets.UTF_8.name()));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to.value()));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        MailBodies.markAutomatic(message, reply);
        return message;
    }

    private static byte[] bytes(MimeMessage message) throws MessagingException, IOException {
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
    }
}
