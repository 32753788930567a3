package nl.vhkgateway.application.intake.routing;

import nl.vhkgateway.application.intake.messages.Refusal;
import nl.vhkgateway.application.sender.SenderVerdict;
import nl.vhkgateway.domain.intake.IntakeRecord;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.vhkgateway.application.mailflow.RoutingDecision;

/**
 * Step for a registered participant's message that fails a sender check (inactive, S/MIME signature, DKIM/SPF/DMARC,
 * Sender header): REFUSED, with a Dutch {@link Refusal} to the participant's <em>registered</em> address (never
 * Reply-To) naming every failed check and what to do. Nothing is screened or forwarded. Thread-safe.
 */
public final class RefuseSender {

    static final String PURPOSE = "REFUSAL";

    private final OutgoingMailComposer composer;

    public RefuseSender(OutgoingMailComposer composer) {
        this.composer = Objects.requireNonNull(composer, "composer");
    }

    public Routed decide(IntakeContext intake, SenderVerdict.Refused verdict) {
        Participant participant = verdict.participant();
        Refusal refusal = Refusal.ofSender(participant, intake.submission().receivedAt(), verdict.reasons(),
                Optional.of(intake.reference()));
        MailDraft draft = MailDraft.answer(PURPOSE, Addresses.of(participant), refusal.toMail());
        RoutingDecision decision = new RoutingDecision(SubmissionState.REFUSED, RoutingReasons.SENDER_REFUSED,
                List.of(composer.compose(intake, draft)));
        IntakeRecord record = new IntakeRecord(intake.submission().id(), Optional.empty(), Optional.of(intake.route()),
                Optional.of(participant.id().value()), Optional.of(participant.organisation().id().value()),
                Optional.of(verdict.kind().name()), Optional.empty(), verdict.reasonCodes(), 0, 0, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        return new Routed(decision, record);
    }
}
