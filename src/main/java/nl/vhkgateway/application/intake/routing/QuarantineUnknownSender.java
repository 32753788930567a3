package nl.vhkgateway.application.intake.routing;

import nl.vhkgateway.application.intake.messages.UnknownSenderNotice;
import nl.vhkgateway.application.sender.SenderVerdict;
import nl.vhkgateway.domain.intake.IntakeRecord;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.vhkgateway.application.mailflow.RoutingDecision;

/**
 * Step for a message that is not from a registered vaste deelnemer: QUARANTINED, and only the beheerder is told
 * ({@link UnknownSenderNotice}, without subject, body or attachment names). The sender gets nothing: its address
 * may be forged, and an answer would be backscatter. Thread-safe.
 */
public final class QuarantineUnknownSender {

    static final String PURPOSE = "NOTICE_BEHEER";

    private final Addresses addresses;
    private final OutgoingMailComposer composer;

    public QuarantineUnknownSender(Addresses addresses, OutgoingMailComposer composer) {
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        this.composer = Objects.requireNonNull(composer, "composer");
    }

    public Routed decide(IntakeContext intake, SenderVerdict.UnknownSender verdict) {
        UnknownSenderNotice notice = new UnknownSenderNotice(verdict, intake.submission().receivedAt(),
                intake.reference(), intake.submission().size());
        MailDraft draft = MailDraft.message(PURPOSE, addresses.beheer(), notice.toMail(), Optional.empty());
        RoutingDecision decision = new RoutingDecision(SubmissionState.QUARANTINED, RoutingReasons.UNKNOWN_SENDER,
                List.of(composer.compose(intake, draft)));
        IntakeRecord record = new IntakeRecord(intake.submission().id(), Optional.empty(), Optional.of(intake.route()),
                Optional.empty(), Optional.empty(), Optional.of(verdict.kind().name()), Optional.empty(),
                verdict.reasonCodes(), 0, 0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        return new Routed(decision, record);
    }
}
