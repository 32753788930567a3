package nl.vhkgateway.application.handover;

import nl.vhkgateway.application.mailflow.RoutingDecision;
import nl.vhkgateway.application.mailflow.RoutingPolicy;
import nl.vhkgateway.domain.audit.AuditEvent;
import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.domain.card.DocumentSanitiser;
import nl.vhkgateway.domain.card.UnreadableDocumentException;
import nl.vhkgateway.domain.consent.ConsentId;
import nl.vhkgateway.domain.handover.HandoverDecision;
import nl.vhkgateway.domain.handover.HandoverRefusal;
import nl.vhkgateway.domain.outbox.OutgoingMessage;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The routing of the handover mailbox ({@code overdracht@}): decides, per received mail, whether a card with
 * personal data goes to a partner.
 * <ol>
 *   <li>{@link HandoverReception}: sender, one safe .docx, cover fields, registered receiver. An unknown sender or a
 *       machine-made message is QUARANTINED without an answer; any other problem REFUSED with a Dutch answer saying
 *       exactly what is wrong;</li>
 *   <li>the delivery route: a partner without certificate gets the card only over TLS when so configured
 *       ({@link DeliveryTransport});</li>
 *   <li>{@link HandoverAuthorisation#authorise}: permitted direction and a valid consent (audited, granted or
 *       refused); refused: the answer names the failed condition;</li>
 *   <li>granted: ACCEPTED with one outgoing message, the card to the partner's receiving mailbox, sanitised
 *       (document properties and authorship removed, content unchanged) and S/MIME-encrypted for the partner's
 *       certificate when one is registered.</li>
 * </ol>
 * The consent is checked again right before the delivery is sent ({@link HandoverOutboxGuard}), which also adds the
 * confirmation to the sender once the card goes out. Every outcome before the consent check is audited as
 * {@value HandoverMail#AUDIT_RECEIPT}. Never logs mail or card content. Thread-safe.
 */
public final class HandoverPolicy implements RoutingPolicy {

    private static final Logger LOG = Logger.getLogger(HandoverPolicy.class.getName());
    private static final String SYSTEM_ACTOR = "system:handover";

    private final HandoverReception reception;
    private final HandoverAuthorisation authorisation;
    private final DocumentSanitiser sanitiser;
    private final HandoverMailComposer composer;
    private final DeliveryTransport transport;
    private final AuditLog auditLog;
    private final Clock clock;

    public HandoverPolicy(HandoverReception reception, HandoverAuthorisation authorisation, DocumentSanitiser sanitiser,
                          HandoverMailComposer composer, DeliveryTransport transport, AuditLog auditLog, Clock clock) {
        this.reception = Objects.requireNonNull(reception, "reception");
        this.authorisation = Objects.requireNonNull(authorisation, "authorisation");
        this.sanitiser = Objects.requireNonNull(sanitiser, "sanitiser");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RoutingDecision decide(Submission submission, byte[] rawMime) {
        Reception received = reception.receive(rawMime, submission.receivedAt());
        if (received instanceof Reception.Quarantined quarantined) {
            audit(submission, SYSTEM_ACTOR, Optional.empty(), "QUARANTINED", quarantined.reasonCode());
            LOG.info(() -> "Handover submission " + submission.id() + " quarantined: " + quarantined.reasonCode());
            return new RoutingDecision(SubmissionState.QUARANTINED, "HANDOVER_" + quarantined.reasonCode(), List.of());
        }
        if (received instanceof Reception.Refused refused) {
            return refuse(submission, refused.participant(), refused.problem(), refused.details(), Optional.empty());
        }
        Reception.Ready ready = (Reception.Ready) received;
        Optional<String> caseReference = Optional.of(ready.instructions().caseReference().value());
        if (!HandoverMailComposer.encrypts(ready) && !transport.allowsPlainDelivery()) {
            return refuse(submission, ready.participant(), HandoverProblem.NO_SECURE_ROUTE, List.of(), caseReference);
        }
        HandoverDecision decision = authorisation.authorise(ready.requestAt(clock.instant()));
        if (!decision.isGranted()) {
            HandoverRefusal refusal = decision.refusal().orElseThrow();
            LOG.info(() -> "Handover submission " + submission.id() + " refused: " + refusal.reason());
            OutgoingMessage answer = composer.toSender(submission, ready.participant(), HandoverMail.REFUSAL,
                    HandoverTexts.consentRefusal(submission.receivedAt(), ready.receiver(), refusal));
            return new RoutingDecision(SubmissionState.REFUSED, refusal.reason().name(), List.of(answer));
        }
        ConsentId consent = decision.consentId().orElseThrow();
        byte[] sanitised;
        try {
            sanitised = sanitiser.sanitise(ready.card().content()).content();
        } catch (UnreadableDocumentException e) {
            return refuse(submission, ready.participant(), HandoverProblem.UNSAFE_DOCUMENT, List.of(e.getMessage()),
                    caseReference);
        }
        OutgoingMessage delivery;
        try {
            delivery = composer.delivery(submission, ready, consent, sanitised);
        } catch (PartnerEncryption.PartnerCertificateUnusableException e) {
            return refuse(submission, ready.participant(), HandoverProblem.PARTNER_CERTIFICATE_UNUSABLE, List.of(),
                    caseReference);
        }
        LOG.info(() -> "Handover submission " + submission.id() + " authorised under consent " + consent
                + " for organisation " + ready.receiver().id().value()
                + (HandoverMailComposer.encrypts(ready) ? " (S/MIME)" : " (TLS)"));
        return new RoutingDecision(SubmissionState.ACCEPTED, "HANDOVER_AUTHORISED", List.of(delivery));
    }

    private RoutingDecision refuse(Submission submission, Participant participant, HandoverProblem problem,
                                   List<String> details, Optional<String> caseReference) {
        audit(submission, participant.mailAddress().value(), caseReference, "REFUSED", problem.name());
        LOG.info(() -> "Handover submission " + submission.id() + " refused: " + problem);
        OutgoingMessage answer = composer.toSender(submission, participant, HandoverMail.REFUSAL,
                HandoverTexts.refusal(submission.receivedAt(), problem, details));
        return new RoutingDecision(SubmissionState.REFUSED, "HANDOVER_" + problem.name(), List.of(answer));
    }

    private void audit(Submission submission, String actor, Optional<String> caseReference, String outcome,
                       String reasonCode) {
        AuditEvent.Builder event = AuditEvent.builder(actor, HandoverMail.AUDIT_RECEIPT)
                .outcome(outcome)
                .reason(reasonCode)
                .detail("submissionId", Long.toString(submission.id().value()));
        caseReference.ifPresent(event::subject);
        auditLog.append(event.build());
    }
}
