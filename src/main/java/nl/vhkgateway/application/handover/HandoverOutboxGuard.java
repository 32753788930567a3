package nl.vhkgateway.application.handover;

import nl.vhkgateway.application.MailSessions;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.vhkgateway.application.mailflow.OutboxGuard;
import nl.vhkgateway.domain.audit.AuditEvent;
import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.domain.consent.ConsentId;
import nl.vhkgateway.domain.handover.HandoverDecision;
import nl.vhkgateway.domain.handover.HandoverRefusal;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.OutboxMessage;
import nl.vhkgateway.domain.outbox.OutgoingMessage;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionRepository;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Checks a handover again right before its card is sent to the partner: the consent may have been withdrawn (or
 * have expired, or the sender or partner been deactivated) between receipt and delivery.
 * <ul>
 *   <li>Only deliveries ({@value HandoverMail#DELIVERY}) are checked; the texts to the sender always go.</li>
 *   <li>The original mail is read again from the stored submission ({@link HandoverReception}, deterministic) and
 *       {@link HandoverAuthorisation#recheckBeforeDelivery} re-reads the register for the consent the first check
 *       granted (the number in the delivery's {@value HandoverMail#CONSENT_HEADER} header). The recheck is audited.</li>
 *   <li>The partner's receiving mailbox must still be the delivery's recipient (else cancelled).</li>
 *   <li>Still granted: send, and add the confirmation to the sender once the delivery is recorded as sent.</li>
 *   <li>Refused: cancel the delivery (nothing goes to the partner) and tell the sender exactly why.</li>
 *   <li>A failure to decide (database down, the stored mail gone) throws: the attempt fails and nothing is sent.</li>
 * </ul>
 * A delivery whose SMTP conversation was interrupted by a crash is checked again before it is sent again. Never
 * logs mail or card content. Thread-safe.
 */
public final class HandoverOutboxGuard implements OutboxGuard {

    private static final Logger LOG = Logger.getLogger(HandoverOutboxGuard.class.getName());

    private final SubmissionRepository submissions;
    private final HandoverReception reception;
    private final HandoverAuthorisation authorisation;
    private final HandoverMailComposer composer;
    private final AuditLog auditLog;
    private final Clock clock;
    private final DeliveryTransport transport;

    public HandoverOutboxGuard(SubmissionRepository submissions, HandoverReception reception,
                               HandoverAuthorisation authorisation, HandoverMailComposer composer, AuditLog auditLog,
                               Clock clock, DeliveryTransport transport) {
        this.submissions = Objects.requireNonNull(submissions, "submissions");
        this.reception = Objects.requireNonNull(reception, "reception");
        this.authorisation = Objects.requireNonNull(authorisation, "authorisation");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.transport = Objects.requireNonNull(transport, "transport");
    }

    @Override
    public Verdict beforeSend(OutboxMessage message, byte[] rawMime) {
        if (!HandoverMail.DELIVERY.equals(message.purpose())) {
            return Verdict.send();
        }
        SubmissionId id = message.submissionId()
                .orElseThrow(() -> new IllegalStateException("a handover delivery without its submission"));
        ConsentId consent = grantedConsent(rawMime);
        Submission submission = submissions.find(id)
                .orElseThrow(() -> new IllegalStateException("submission " + id + " of a handover delivery is gone"));
        byte[] original = submissions.rawMime(id)
                .orElseThrow(() -> new IllegalStateException("the mail of handover submission " + id + " is gone"));
        Instant now = clock.instant();
        Reception received = reception.receive(original, submission.receivedAt());
        if (received instanceof Reception.Ready ready
                && !message.recipients().equals(List.of(ready.receiver().receivingMailbox()))) {
            audit(ready.participant().mailAddress().value(), id, "HANDOVER_RECEIVER_CHANGED");
            LOG.info(() -> "Handover delivery of submission " + id + " stopped: the partner's mailbox changed");
            OutgoingMessage notice = composer.toSender(submission, ready.participant(), HandoverMail.NOT_DELIVERED,
                    HandoverTexts.notDelivered(submission.receivedAt(), ready.receiver().name(),
                            "HANDOVER_RECEIVER_CHANGED", "het ontvangende adres van de partner is gewijzigd na"
                                    + " ontvangst van uw overdracht", "Stuur de overdracht opnieuw."));
            return Verdict.cancel("HANDOVER_RECEIVER_CHANGED", List.of(notice));
        }
        if (received instanceof Reception.Ready ready) {
            HandoverDecision decision = authorisation.recheckBeforeDelivery(ready.requestAt(now), consent, now);
            if (decision.isGranted()) {
                OutgoingMessage confirmation = composer.toSender(submission, ready.participant(),
                        HandoverMail.CONFIRMATION, HandoverTexts.confirmation(ready, consent, submission.receivedAt(),
                                now, HandoverMailComposer.encrypts(ready), transport.smtpUsesTls()));
                return Verdict.sendThen(List.of(confirmation));
            }
            HandoverRefusal refusal = decision.refusal().orElseThrow();
            LOG.info(() -> "Handover delivery of submission " + id + " stopped before sending: " + refusal.reason());
            OutgoingMessage notice = composer.toSender(submission, ready.participant(), HandoverMail.NOT_DELIVERED,
                    HandoverTexts.notDelivered(submission.receivedAt(), ready.receiver().name(),
                            refusal.reason().name(), refusal.message(), HandoverTexts.advice(refusal.reason())));
            return Verdict.cancel(refusal.reason().name(), List.of(notice));
        }
        String receiver = message.recipients().stream().map(MailAddress::value).findFirst().orElse("de partner");
        if (received instanceof Reception.Refused refused) {
            HandoverProblem problem = refused.problem() == HandoverProblem.SENDER_REFUSED
                    || refused.problem() == HandoverProblem.RECEIVER_UNKNOWN
                    ? HandoverProblem.SENDER_NO_LONGER_ACTIVE : refused.problem();
            audit(refused.participant().mailAddress().value(), id, problem.name());
            LOG.info(() -> "Handover delivery of submission " + id + " stopped before sending: " + problem);
            OutgoingMessage notice = composer.toSender(submission, refused.participant(), HandoverMail.NOT_DELIVERED,
                    HandoverTexts.notDelivered(submission.receivedAt(), receiver, problem.name(),
                            problem.dutchExplanation(), problem.dutchAdvice()));
            return Verdict.cancel("HANDOVER_" + problem.name(), List.of(notice));
        }
        String reason = ((Reception.Quarantined) received).reasonCode();
        audit("system:handover", id, reason);
        LOG.info(() -> "Handover delivery of submission " + id + " stopped before sending: sender " + reason);
        return Verdict.cancel("HANDOVER_" + reason, List.of());
    }

    private void audit(String actor, SubmissionId id, String reasonCode) {
        auditLog.append(AuditEvent.builder(actor, "HANDOVER_DELIVERY")
                .outcome("CANCELLED")
                .reason(reasonCode)
                .detail("submissionId", Long.toString(id.value()))
                .build());
    }

    private static ConsentId grantedConsent(byte[] rawMime) {
        try {
            MimeMessage delivery = new MimeMessage(MailSessions.plain(),
                    new ByteArrayInputStream(rawMime));
            String header = delivery.getHeader(HandoverMail.CONSENT_HEADER, null);
            return ConsentId.parse(header).orElseThrow(() -> new IllegalStateException(
                    "the handover delivery has no valid " + HandoverMail.CONSENT_HEADER + " header"));
        } catch (MessagingException e) {
            throw new IllegalStateException("the handover delivery cannot be read: " + e.getClass().getSimpleName(), e);
        }
    }
}
