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
import nl.vhkgateway.application.intake.messages.MailText;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.OutgoingMessage;
import nl.vhkgateway.domain.submission.ReasonCodes;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import nl.vhkgateway.application.mailflow.OutgoingMessageIds;
import nl.vhkgateway.application.mailflow.RoutingDecision;
import nl.vhkgateway.application.mailflow.RoutingPolicy;

/**
 * The skeleton's routing: forward every submission, unscreened, to the voorzitter.
 *
 * <p>It sends a <em>new</em> message from the gateway's address to the voorzitter with a short Dutch cover text
 * (technical submission number, sender, time received, size, SHA-256) and the original message attached
 * <em>unchanged</em> as a {@code message/rfc822} part ({@code oorspronkelijk-bericht.eml}). Attaching the whole
 * original rather than its attachments keeps it byte for byte (the SHA-256 in the cover text can be checked, an
 * S/MIME signature stays verifiable) and means the skeleton never parses untrusted MIME structure. The original
 * subject is not copied into the new subject, because nothing has been screened yet. The message carries
 * {@code Auto-Submitted: auto-generated} (RFC 3834) so that auto-responders do not answer it, and a deterministic
 * Message-ID ({@link OutgoingMessageIds}).
 *
 * <p>Thread-safe (immutable; a fresh jakarta.mail Session per call).
 */
public final class ForwardToVoorzitter implements RoutingPolicy {

    public static final String PURPOSE = "FORWARD_VOORZITTER";
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy 'om' HH:mm", Locale.forLanguageTag("nl-NL"));

    private final MailAddress gatewayAddress;
    private final MailAddress voorzitter;
    private final Clock clock;

    /**
     * @param gatewayAddress the From and envelope sender of the forwarded message (the intake mailbox address)
     * @param voorzitter     where every submission goes
     */
    public ForwardToVoorzitter(MailAddress gatewayAddress, MailAddress voorzitter) {
        this(gatewayAddress, voorzitter, Clock.systemUTC());
    }

    public ForwardToVoorzitter(MailAddress gatewayAddress, MailAddress voorzitter, Clock clock) {
        this.gatewayAddress = Objects.requireNonNull(gatewayAddress, "gatewayAddress");
        this.voorzitter = Objects.requireNonNull(voorzitter, "voorzitter");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (gatewayAddress.equals(voorzitter)) {
            throw new IllegalArgumentException("The voorzitter address must differ from the gateway address (mail loop)");
        }
    }

    @Override
    public RoutingDecision decide(Submission submission, byte[] rawMime) throws MessagingException, IOException {
        List<MailAddress> recipients = List.of(voorzitter);
        String messageId = OutgoingMessageIds.of(submission.id(), PURPOSE, recipients, gatewayAddress.domain());
        byte[] bytes = compose(submission, rawMime, messageId);
        OutgoingMessage forward = new OutgoingMessage(PURPOSE, messageId, gatewayAddress, recipients, bytes);
        return new RoutingDecision(SubmissionState.ROUTED, ReasonCodes.FORWARDED_UNSCREENED, List.of(forward));
    }

    private byte[] compose(Submission submission, byte[] original, String messageId) throws MessagingException, IOException {
        MimeMessage message = new FixedIdMimeMessage(MailSessions.plain(), messageId);
        message.setFrom(new InternetAddress(gatewayAddress.value(), "VHK-gateway", StandardCharsets.UTF_8.name()));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(voorzitter.value()));
        String subject = "VHK-gateway: inzending " + submission.id() + " ontvangen";
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        MailBodies.markAutomatic(message, false);
        message.setHeader("X-VHK-Submission", submission.id().toString());

        MimeBodyPart attached = new MimeBodyPart();
        attached.setDataHandler(new DataHandler(new ByteArrayDataSource(original, "message/rfc822")));
        attached.setFileName("oorspronkelijk-bericht.eml");
        attached.setDisposition(MimeBodyPart.ATTACHMENT);

        message.setContent(MailBodies.mixed(new MailText(subject, coverText(submission)), List.of(attached)));
        message.saveChanges();

        ByteArrayOutputStream out = new ByteArrayOutputStream(original.length + 4096);
        message.writeTo(out);
        return out.toByteArray();
    }

    private static String coverText(Submission submission) {
        String sender = submission.sender().map(MailAddress::value).orElse("(onbekend: geen geldig afzenderadres)");
        return String.join("\r\n",
                "Er is een bericht binnengekomen op de intake-mailbox van het VeiligheidsTeam.",
                "",
                "Inzending (technisch nummer): " + submission.id(),
                "Ontvangen: " + WHEN.format(submission.receivedAt().atZone(ZONE)),
                "Afzender: " + sender,
                "Grootte: " + submission.size() + " bytes",
                "Controlegetal (SHA-256): " + submission.key().contentHash().hex(),
                "",
                "Het oorspronkelijke bericht zit ongewijzigd als bijlage bij deze e-mail (oorspronkelijk-bericht.eml).",
                "Het is nog niet gecontroleerd op persoonsgegevens: behandel het vertrouwelijk.",
                "",
                "Dit is een automatisch bericht van de VHK-gateway.",
                "");
    }
}
