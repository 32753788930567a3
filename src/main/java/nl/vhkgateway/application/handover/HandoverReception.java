package nl.vhkgateway.application.handover;

import nl.vhkgateway.application.MailSessions;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.vhkgateway.application.sender.SenderRefusalReason;
import nl.vhkgateway.application.sender.SenderVerdict;
import nl.vhkgateway.application.sender.SenderVerifier;
import nl.vhkgateway.domain.card.CardContent;
import nl.vhkgateway.domain.card.CardReader;
import nl.vhkgateway.domain.card.DocumentInspector;
import nl.vhkgateway.domain.card.UnreadableDocumentException;
import nl.vhkgateway.domain.participant.Organisation;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.screening.Finding;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Reads a mail from the handover mailbox into a {@link Reception}, in small steps, stopping at the first that fails:
 * <ol>
 *   <li>the sender: {@link SenderVerifier} (unknown or machine-made: quarantine without an answer; a registered
 *       participant failing a check, e.g. inactive: refused);</li>
 *   <li>exactly one .docx attachment ({@link CardAttachment});</li>
 *   <li>a safe document ({@link DocumentInspector}: no macros, encryption, external content, embedded objects, zip
 *       bombs...). Personal data is expected in a handover, so the personal-data detectors are not run;</li>
 *   <li>the cover fields ({@link CardReader}, {@link HandoverInstructionsReader}): receiver, case, consent number,
 *       purpose;</li>
 *   <li>the receiver among the registered, active partners ({@link PartnerResolver});</li>
 *   <li>whether the case was brought into the VeiligheidsTeam ({@link VhtSubmissionLookup}).</li>
 * </ol>
 * The consent check itself is {@code HandoverAuthorisation}'s. Deterministic for the same mail and register, so
 * the outbox guard can read the mail again right before delivery. Never logs mail or card content. Thread-safe.
 */
public final class HandoverReception {

    private static final Logger LOG = Logger.getLogger(HandoverReception.class.getName());

    private final SenderVerifier senderVerifier;
    private final DocumentInspector inspector;
    private final CardReader cardReader;
    private final PartnerDirectory partners;
    private final VhtSubmissionLookup vhtSubmissions;
    private final long maxCardBytes;
    private final HandoverInstructionsReader instructionsReader = new HandoverInstructionsReader();
    private final PartnerResolver partnerResolver = new PartnerResolver();

    /**
     * @param maxCardBytes the largest card accepted (the inspector's limit; larger attachments are not read)
     */
    public HandoverReception(SenderVerifier senderVerifier, DocumentInspector inspector, CardReader cardReader,
                             PartnerDirectory partners, VhtSubmissionLookup vhtSubmissions, long maxCardBytes) {
        this.senderVerifier = Objects.requireNonNull(senderVerifier, "senderVerifier");
        this.inspector = Objects.requireNonNull(inspector, "inspector");
        this.cardReader = Objects.requireNonNull(cardReader, "cardReader");
        this.partners = Objects.requireNonNull(partners, "partners");
        this.vhtSubmissions = Objects.requireNonNull(vhtSubmissions, "vhtSubmissions");
        if (maxCardBytes <= 0) {
            throw new IllegalArgumentException("maxCardBytes must be positive");
        }
        this.maxCardBytes = maxCardBytes;
    }

    /**
     * @param rawMime    the mail as received
     * @param receivedAt when the gateway received it (signatures are checked for that moment)
     */
    public Reception receive(byte[] rawMime, Instant receivedAt) {
        MimeMessage message;
        try {
            message = new MimeMessage(MailSessions.plain(), new ByteArrayInputStream(rawMime));
        } catch (MessagingException e) {
            return new Reception.Quarantined("MALFORMED_MAIL");
        }
        SenderVerdict verdict = senderVerifier.verify(message, receivedAt);
        if (verdict instanceof SenderVerdict.Refused refused) {
            return new Reception.Refused(refused.participant(), HandoverProblem.SENDER_REFUSED,
                    refused.reasons().stream().map(HandoverReception::senderReason).toList());
        }
        if (!(verdict instanceof SenderVerdict.Accepted accepted)) {
            return new Reception.Quarantined(verdict.reasonCodes().isEmpty() ? verdict.kind().name()
                    : verdict.reasonCodes().get(0));
        }
        return readCard(accepted.participant(), accepted.content());
    }

    private Reception readCard(Participant participant, MimeMessage content) {
        List<CardAttachment> cards;
        String subject;
        try {
            cards = CardAttachment.findAll(content, maxCardBytes);
            subject = content.getSubject() == null ? "" : content.getSubject();
        } catch (MessagingException | IOException | RuntimeException e) {
            LOG.info(() -> "handover mail could not be read completely: " + e.getClass().getSimpleName());
            return new Reception.Refused(participant, HandoverProblem.UNSAFE_DOCUMENT,
                    List.of("Het bericht of de bijlage kan niet volledig worden gelezen (te groot, te diep genest of"
                            + " beschadigd)."));
        }
        if (cards.isEmpty()) {
            return new Reception.Refused(participant, HandoverProblem.NO_CARD, List.of());
        }
        if (cards.size() > 1) {
            return new Reception.Refused(participant, HandoverProblem.MULTIPLE_CARDS, List.of());
        }
        CardAttachment card = cards.get(0);
        String fileName = card.fileName().isEmpty() ? "kaart.docx" : card.fileName();
        List<Finding> findings = inspector.inspect(fileName, card.content());
        if (!findings.isEmpty()) {
            return new Reception.Refused(participant, HandoverProblem.UNSAFE_DOCUMENT,
                    findings.stream().map(Finding::maskedExcerpt).distinct().toList());
        }
        CardContent cardContent;
        try {
            cardContent = cardReader.read(card.content());
        } catch (UnreadableDocumentException e) {
            return new Reception.Refused(participant, HandoverProblem.UNSAFE_DOCUMENT, List.of(e.getMessage()));
        }
        HandoverInstructionsReader.Result read = instructionsReader.read(cardContent, subject);
        if (read instanceof HandoverInstructionsReader.Result.Problem problem) {
            return new Reception.Refused(participant, problem.problem(), List.of());
        }
        HandoverInstructions instructions = ((HandoverInstructionsReader.Result.Read) read).instructions();
        List<Organisation> organisations = partners.organisations();
        PartnerResolver.Resolution resolution = partnerResolver.resolve(instructions.receiver(), organisations);
        if (resolution instanceof PartnerResolver.Resolution.Ambiguous ambiguous) {
            return new Reception.Refused(participant, HandoverProblem.RECEIVER_AMBIGUOUS,
                    List.of("Bedoelt u een van deze partners? " + String.join("; ",
                            PartnerResolver.names(ambiguous.candidates()))));
        }
        if (!(resolution instanceof PartnerResolver.Resolution.Found found)) {
            return new Reception.Refused(participant, HandoverProblem.RECEIVER_UNKNOWN,
                    List.of("Geregistreerde partners: " + String.join("; ", PartnerResolver.names(organisations))));
        }
        boolean vht = vhtSubmissions.existsFor(instructions.caseReference());
        return new Reception.Ready(participant, found.organisation(), instructions, vht, card);
    }

    private static String senderReason(SenderRefusalReason reason) {
        return reason.dutchExplanation() + " " + reason.dutchAdvice();
    }
}
