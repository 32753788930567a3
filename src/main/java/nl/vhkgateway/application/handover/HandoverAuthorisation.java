package nl.vhkgateway.application.handover;

import nl.vhkgateway.domain.audit.AuditEvent;
import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.domain.consent.ConsentId;
import nl.vhkgateway.domain.consent.ConsentPolicy;
import nl.vhkgateway.domain.consent.ConsentRecord;
import nl.vhkgateway.domain.consent.ConsentRepository;
import nl.vhkgateway.domain.handover.ConsentCheck;
import nl.vhkgateway.domain.handover.HandoverDecision;
import nl.vhkgateway.domain.handover.HandoverRefusal;
import nl.vhkgateway.domain.handover.HandoverRequest;
import nl.vhkgateway.domain.handover.PermittedHandoverSpecification;
import nl.vhkgateway.domain.handover.RefusalReason;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides whether a card with personal data may be handed over: the direction must be permitted
 * ({@link PermittedHandoverSpecification}) and a consent record must cover case, sending organisation, receiver
 * and purpose, be valid at the moment of the check, and meet the {@link ConsentPolicy} ({@link ConsentCheck}).
 * When the sender quoted a consent number only that record counts; otherwise any record of the case that covers
 * the request does (the oldest one is named), and a refusal explains the closest one.
 * <p>
 * Call {@link #authorise} when the card is received and {@link #recheckBeforeDelivery} right before sending it:
 * a consent withdrawn in between refuses the delivery. Every check, granted or refused, is appended to the audit
 * log before the decision is returned; when the audit log cannot be written the exception propagates and nothing
 * may be delivered (fail closed). Thread-safe.
 */
public final class HandoverAuthorisation {

    private final ConsentRepository consents;
    private final PermittedHandoverSpecification directions;
    private final ConsentCheck consentCheck;
    private final AuditLog auditLog;

    public HandoverAuthorisation(ConsentRepository consents, ConsentPolicy policy,
                                 PermittedHandoverSpecification directions, AuditLog auditLog) {
        this.consents = Objects.requireNonNull(consents, "consents");
        this.directions = Objects.requireNonNull(directions, "directions");
        this.consentCheck = new ConsentCheck(policy);
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    }

    /** The check on receipt of the card. */
    public HandoverDecision authorise(HandoverRequest request) {
        return checkAndAudit(request, CheckStage.RECEIPT);
    }

    /**
     * The check repeated right before delivery, at {@code now}, for the consent the first check granted: it reads
     * the register again, so a withdrawal or expiry in between refuses the delivery.
     */
    public HandoverDecision recheckBeforeDelivery(HandoverRequest original, ConsentId grantedConsent, Instant now) {
        return checkAndAudit(original.recheckAt(now, grantedConsent), CheckStage.DELIVERY);
    }

    private HandoverDecision checkAndAudit(HandoverRequest request, CheckStage stage) {
        HandoverDecision decision = decide(request);
        auditLog.append(auditEvent(request, stage, decision));
        return decision;
    }

    /** The decision without writing the audit log (for previews; use {@link #authorise} to act on it). */
    public HandoverDecision decide(HandoverRequest request) {
        Optional<HandoverRefusal> directionRefusal = directions.whyNot(request);
        if (directionRefusal.isPresent()) {
            return HandoverDecision.refused(directionRefusal.get(), Optional.empty());
        }
        if (request.quotedConsent().isPresent()) {
            ConsentId quoted = request.quotedConsent().get();
            return consents.findById(quoted)
                    .map(record -> decision(consentCheck.evaluate(record, request, true)))
                    .orElseGet(() -> HandoverDecision.refused(new HandoverRefusal(RefusalReason.CONSENT_NOT_FOUND,
                            "toestemmingsnummer " + quoted + " is niet bekend"), Optional.empty()));
        }
        List<ConsentRecord> candidates = consents.findByCase(request.caseReference());
        if (candidates.isEmpty()) {
            return HandoverDecision.refused(new HandoverRefusal(RefusalReason.CONSENT_NOT_FOUND,
                    "er is geen toestemming geregistreerd voor casus " + request.caseReference()), Optional.empty());
        }
        List<ConsentCheck.Evaluation> evaluations = candidates.stream()
                .map(record -> consentCheck.evaluate(record, request, false))
                .toList();
        return evaluations.stream()
                .filter(ConsentCheck.Evaluation::authorises)
                .min(Comparator.comparingLong(e -> e.record().id().value()))
                .or(() -> evaluations.stream().max(Comparator
                        .comparingInt(ConsentCheck.Evaluation::passed)
                        .thenComparingLong(e -> e.record().id().value())))
                .map(HandoverAuthorisation::decision)
                .orElseThrow();
    }

    private static HandoverDecision decision(ConsentCheck.Evaluation evaluation) {
        ConsentId id = evaluation.record().id();
        return evaluation.failure()
                .map(refusal -> HandoverDecision.refused(refusal, Optional.of(id)))
                .orElseGet(() -> HandoverDecision.granted(id));
    }

    private static AuditEvent auditEvent(HandoverRequest request, CheckStage stage, HandoverDecision decision) {
        AuditEvent.Builder event = AuditEvent.builder(request.senderParticipant(), stage.auditAction())
                .subject(request.caseReference().value())
                .outcome(decision.isGranted() ? "GRANTED" : "REFUSED")
                .detail("stage", stage.name())
                .detail("senderOrganisationId", Long.toString(request.sender().id()))
                .detail("senderType", request.sender().type().name())
                .detail("receiverOrganisationId", Long.toString(request.receiver().id()))
                .detail("receiverType", request.receiver().type().name())
                .detail("purpose", request.purpose().name())
                .detail("vhtSubmissionExists", Boolean.toString(request.vhtSubmissionExists()))
                .detail("quotedConsentId", request.quotedConsent().map(ConsentId::toString))
                .detail("consentId", decision.consentId().map(ConsentId::toString));
        decision.refusal().ifPresent(refusal -> event.reason(refusal.reason().name()));
        return event.build();
    }
}
