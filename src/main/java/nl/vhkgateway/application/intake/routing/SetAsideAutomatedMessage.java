package nl.vhkgateway.application.intake.routing;

import nl.vhkgateway.application.sender.SenderVerdict;
import nl.vhkgateway.domain.intake.IntakeRecord;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.util.List;
import java.util.Optional;
import nl.vhkgateway.application.mailflow.RoutingDecision;

/**
 * Step for an auto-reply, bounce or other machine-made message: QUARANTINED without any message, not even to the
 * beheerder (RFC 3834: never answer an automatic message; a notice about a bounce of a notice would loop). The
 * beheerder sees it in the quarantine list. Thread-safe (stateless).
 */
public final class SetAsideAutomatedMessage {

    public Routed decide(IntakeContext intake, SenderVerdict.AutomatedMessage verdict) {
        RoutingDecision decision = new RoutingDecision(SubmissionState.QUARANTINED, RoutingReasons.AUTOMATED_MESSAGE,
                List.of());
        IntakeRecord record = new IntakeRecord(intake.submission().id(), Optional.empty(), Optional.of(intake.route()),
                Optional.empty(), Optional.empty(), Optional.of(verdict.kind().name()), Optional.empty(),
                verdict.reasonCodes(), 0, 0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        return new Routed(decision, record);
    }
}
