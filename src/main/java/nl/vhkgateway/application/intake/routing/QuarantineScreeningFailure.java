package nl.vhkgateway.application.intake.routing;

import nl.vhkgateway.application.intake.messages.ScreeningFailureNotice;
import nl.vhkgateway.domain.intake.IntakeRecord;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.vhkgateway.application.mailflow.RoutingDecision;

/**
 * Step for a card the gateway could not screen (a screener failure or time-out, not the sender's fault):
 * QUARANTINED, the beheerder gets a {@link ScreeningFailureNotice}, the sender gets nothing yet and the voorzitter
 * nothing at all. The beheerder can release it (screened again) or delete it. Thread-safe.
 */
public final class QuarantineScreeningFailure {

    static final String PURPOSE = "NOTICE_BEHEER";

    private final Addresses addresses;
    private final OutgoingMailComposer composer;

    public QuarantineScreeningFailure(Addresses addresses, OutgoingMailComposer composer) {
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        this.composer = Objects.requireNonNull(composer, "composer");
    }

    public Routed decide(IntakeContext intake, Participant participant, Category failure, Instant screenedAt) {
        ScreeningFailureNotice notice = new ScreeningFailureNotice(participant, intake.submission().receivedAt(),
                failure.dutchDescription(), intake.reference());
        MailDraft draft = MailDraft.message(PURPOSE, addresses.beheer(), notice.toMail(), Optional.empty());
        RoutingDecision decision = new RoutingDecision(SubmissionState.QUARANTINED, RoutingReasons.SCREENING_FAILED,
                List.of(composer.compose(intake, draft))).afterScreening(RoutingReasons.SCREENING_ERROR, screenedAt);
        IntakeRecord record = new IntakeRecord(intake.submission().id(), Optional.empty(), Optional.of(intake.route()),
                Optional.of(participant.id().value()), Optional.of(participant.organisation().id().value()),
                Optional.of("ACCEPTED"), Optional.empty(), List.of(failure.name()), 0, 0, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(screenedAt));
        return new Routed(decision, record);
    }
}
