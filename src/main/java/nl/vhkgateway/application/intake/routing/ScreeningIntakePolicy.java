package nl.vhkgateway.application.intake.routing;

import nl.vhkgateway.application.MailSessions;
import nl.vhkgateway.application.metrics.DurationHistogram;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.vhkgateway.application.intake.messages.AnsweredMail;
import nl.vhkgateway.application.intake.bounce.DeliveryStatusReader;
import nl.vhkgateway.application.intake.retention.ContentRetention;
import nl.vhkgateway.application.sender.SenderVerdict;
import nl.vhkgateway.application.sender.SenderVerifier;
import nl.vhkgateway.application.sender.UnknownSenderReason;
import nl.vhkgateway.application.screening.MailScreeningReport;
import nl.vhkgateway.application.screening.MailScreeningService;
import nl.vhkgateway.domain.intake.IntakeRecord;
import nl.vhkgateway.domain.intake.IntakeRecordRepository;
import nl.vhkgateway.domain.intake.IntakeRoute;
import nl.vhkgateway.domain.intake.UnauditedDecisions;
import nl.vhkgateway.domain.outbox.DeliveryReportRepository;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.planning.MeetingPlanner;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionRepository;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import nl.vhkgateway.application.mailflow.RoutingDecision;
import nl.vhkgateway.application.mailflow.RoutingPolicy;

/**
 * The screening intake (issue 4), plugged into the intake pipeline in place of the skeleton's blind forward. Per
 * submission:
 * <ol>
 *   <li>a delivery status notification (bounce) about a message the gateway sent is tied to that outbox message,
 *       recorded and reported to the beheerder as a failed delivery ({@link HandleDeliveryReport}), never treated
 *       as mail from an unknown sender;</li>
 *   <li>sender verification ({@link SenderVerifier}): machine-made messages are set aside
 *       ({@link SetAsideAutomatedMessage}), unknown senders quarantined with a notice to the beheerder only
 *       ({@link QuarantineUnknownSender}), registered participants failing a check refused
 *       ({@link RefuseSender});</li>
 *   <li>mail screening of the accepted sender's (S/MIME unwrapped) message: subject, body, attachment names and the
 *       one .docx ({@link ScreenCard});</li>
 *   <li>the decision: ACCEPTED with a new message to the voorzitter (summary + sanitised card), to the RvdK for the
 *       RvdK route, and a receipt ({@link AcceptCard}); REFUSED with a fixable refusal to the sender
 *       ({@link RefuseCard}); or QUARANTINED when the screener failed ({@link QuarantineScreeningFailure}).</li>
 * </ol>
 * The submission number is allocated (and stored) while deciding; what else was found out (route, verdicts, link) is
 * an {@link IntakeRecord} that the pipeline stores in the transaction that writes the outgoing messages and the state
 * change (RECEIVED -> SCREENED -> decision): all or nothing (issue 13). Deciding again (after a crash, or a release
 * from quarantine) re-uses the stored number and gives the same Message-IDs within a round. After the commit
 * ({@link #committed}) the sender check and the decision are audited in one append, and a refused card's original is
 * removed. An attempt that fails after verifying the sender audits the sender check on its own; a decision dropped
 * because another worker decided first audits nothing (that worker audits its own).
 *
 * <p>Thread-safe: every collaborator is; no state per call beyond local variables.
 */
public final class ScreeningIntakePolicy implements RoutingPolicy {

    private final SenderVerifier senderVerifier;
    private final ScreenCard screenCard;
    private final DurationHistogram screeningTimes;
    private final QuarantineUnknownSender unknownSender;
    private final SetAsideAutomatedMessage automated;
    private final RefuseSender refuseSender;
    private final AcceptCard acceptCard;
    private final RefuseCard refuseCard;
    private final QuarantineScreeningFailure screeningFailure;
    private final DeliveryStatusReader deliveryReports = new DeliveryStatusReader();
    private final HandleDeliveryReport deliveryReport;
    private final HandleVoorzitterCommand voorzitterCommand;
    private final IntakeRecordRepository records;
    private final SubmissionRepository submissions;
    private final IntakeAudit audit;
    private final ContentRetention retention;
    private final RecoverDecisionAudits recoverAudits;

    private ScreeningIntakePolicy(Builder b) {
        this.senderVerifier = Objects.requireNonNull(b.senderVerifier, "senderVerifier");
        MailScreeningService screening = Objects.requireNonNull(b.screening, "screening");
        Addresses addresses = Objects.requireNonNull(b.addresses, "addresses");
        this.records = Objects.requireNonNull(b.records, "records");
        this.submissions = Objects.requireNonNull(b.submissions, "submissions");
        this.audit = Objects.requireNonNull(b.audit, "audit");
        this.retention = Objects.requireNonNull(b.retention, "retention");
        Clock clock = Objects.requireNonNull(b.clock, "clock");
        this.recoverAudits = new RecoverDecisionAudits(Objects.requireNonNull(b.unauditedDecisions,
                "unauditedDecisions"), records, audit, clock);
        OutgoingMailComposer composer = new OutgoingMailComposer(addresses.gateway(), clock);
        this.screeningTimes = new DurationHistogram(DurationHistogram.SCREENING_BOUNDS);
        this.screenCard = new ScreenCard(screening, clock, screeningTimes);
        this.unknownSender = new QuarantineUnknownSender(addresses, composer);
        this.automated = new SetAsideAutomatedMessage();
        this.refuseSender = new RefuseSender(composer);
        this.acceptCard = new AcceptCard(addresses, composer, records, Objects.requireNonNull(b.planner, "planner"));
        this.refuseCard = new RefuseCard(composer, b.blankCard);
        this.screeningFailure = new QuarantineScreeningFailure(addresses, composer);
        this.deliveryReport = new HandleDeliveryReport(addresses, composer,
                Objects.requireNonNull(b.deliveryReports, "deliveryReports"));
        this.voorzitterCommand = new HandleVoorzitterCommand(addresses.voorzitter(), senderVerifier,
                b.planningCommands);
    }

    /** How long screening took, per card (for the metrics). */
    public DurationHistogram screeningTimes() {
        return screeningTimes;
    }

    public static Builder builder() {
        return new Builder();
    }

    @Override
    public RoutingDecision decide(Submission submission, byte[] rawMime) throws MessagingException {
        MimeMessage original = new MimeMessage(MailSessions.plain(), new ByteArrayInputStream(rawMime));
        String subject = subjectOf(original);
        IntakeContext intake = new IntakeContext(submission, original, subject, IntakeRoute.fromSubject(subject),
                round(submission));
        Optional<Routed> bounce = deliveryReports.read(original).flatMap(report -> deliveryReport.decide(intake, report));
        if (bounce.isPresent()) {
            return recorded(intake, bounce.get(), Optional.empty());
        }
        Optional<HandleVoorzitterCommand.Outcome> command = voorzitterCommand.decide(intake);
        if (command.isPresent()) {
            return voorzitterCommand(intake, command.get());
        }
        SenderVerdict verdict = senderVerifier.verify(original, submission.receivedAt());
        IntakeAudit.SenderCheck check = new IntakeAudit.SenderCheck(verdict.kind().name(),
                verdict instanceof SenderVerdict.Accepted accepted ? accepted.authentication() : "NONE",
                verdict instanceof SenderVerdict.Accepted accepted
                        ? Optional.of(Long.toString(accepted.participant().id().value())) : Optional.empty());
        try {
            Routed routed;
            if (verdict instanceof SenderVerdict.Accepted accepted) {
                routed = screenAndDecide(intake, accepted);
            } else if (verdict instanceof SenderVerdict.Refused refused) {
                routed = refuseSender.decide(intake, refused);
            } else if (verdict instanceof SenderVerdict.UnknownSender unknown) {
                routed = unknownSender.decide(intake, unknown);
            } else {
                routed = automated.decide(intake, (SenderVerdict.AutomatedMessage) verdict);
            }
            return recorded(intake, routed, Optional.of(check));
        } catch (RuntimeException e) {
            audit.senderVerified(submission.id(), check); // this attempt verified the sender, then failed
            throw e;
        }
    }

    /**
     * The decision with its intake record, stored by the pipeline in the transaction that commits the decision; the
     * sender check is audited with the decision after the commit ({@link #committed}).
     */
    private RoutingDecision recorded(IntakeContext intake, Routed routed, Optional<IntakeAudit.SenderCheck> sender) {
        return routed.decision().recordedWith(new IntakeDecisionRecord(records, routed.record(), sender,
                intake.round() + 1));
    }

    /** The voorzitter's planning keyword (issue 10): applied, or quarantined as possibly forged. */
    private RoutingDecision voorzitterCommand(IntakeContext intake, HandleVoorzitterCommand.Outcome outcome) {
        if (outcome instanceof HandleVoorzitterCommand.Handled handled) {
            return recorded(intake, handled.routed(), Optional.of(new IntakeAudit.SenderCheck(
                    HandleVoorzitterCommand.VERDICT, handled.authentication(), Optional.empty())));
        }
        String claimed = ((HandleVoorzitterCommand.NotAuthenticated) outcome).claimedAddress();
        return recorded(intake, unknownSender.decide(intake, new SenderVerdict.UnknownSender(
                        UnknownSenderReason.NOT_AUTHENTICATED, claimed)),
                Optional.of(new IntakeAudit.SenderCheck("UNKNOWN_SENDER", "NONE", Optional.empty())));
    }

    private Routed screenAndDecide(IntakeContext intake, SenderVerdict.Accepted accepted) {
        Participant participant = accepted.participant();
        ScreenCard.Screening screening = screenCard.screen(accepted.content());
        if (screening.failed()) {
            return screeningFailure.decide(intake, participant, screening.failure().get(), screening.at());
        }
        MailScreeningReport report = screening.report().orElseThrow();
        if (report.accepted()) {
            return acceptCard.decide(intake, participant, report, screening.at(), SenderText.of(accepted.content()),
                    AnsweredMail.screened(accepted.content(), report.findings()));
        }
        if (!RefuseCard.canExplain(report)) {
            return screeningFailure.decide(intake, participant, Category.SCREENING_ERROR, screening.at());
        }
        return refuseCard.decide(intake, participant, report, screening.at(),
                AnsweredMail.screened(accepted.content(), report.findings()));
    }

    /**
     * Audits the committed decision and, for a refusal, removes the original at once (the periodic retention pass
     * catches up when this is skipped by a crash).
     */
    @Override
    public void committed(Submission submission, RoutingDecision decision) {
        if (decision.record() instanceof IntakeDecisionRecord stored) {
            if (stored.sender().isPresent()) {
                audit.decided(submission, decision, stored.record(), stored.sender().get(), stored.ordinal());
            } else {
                audit.decided(submission, decision, stored.record(), stored.ordinal());
            }
        } else {
            audit.decided(submission, decision,
                    records.find(submission.id()).orElseGet(() -> IntakeRecord.empty(submission.id())),
                    round(submission) + 1);
        }
        if (decision.nextState() == SubmissionState.REFUSING) {
            retention.purgeRefused(submission.id());
        }
    }

    /**
     * Audits committed decisions whose audit row a crash lost between the commit and {@link #committed}
     * ({@link RecoverDecisionAudits}, at most once a minute).
     */
    @Override
    public void catchUp() {
        recoverAudits.recoverDue();
    }

    private int round(Submission submission) {
        return (int) submissions.history(submission.id()).stream()
                .filter(change -> RoutingReasons.QUARANTINE_RELEASED.equals(change.reasonCode()))
                .count();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            String subject = message.getSubject();
            return subject == null ? "" : subject.replaceAll("[\\r\\n\\t]+", " ").strip();
        } catch (MessagingException | RuntimeException e) {
            return "";
        }
    }

    /** Collects the policy's collaborators; {@link #build()} validates them. Not thread-safe. */
    public static final class Builder {
        private SenderVerifier senderVerifier;
        private MailScreeningService screening;
        private Addresses addresses;
        private IntakeRecordRepository records;
        private SubmissionRepository submissions;
        private IntakeAudit audit;
        private ContentRetention retention;
        private DeliveryReportRepository deliveryReports;
        private UnauditedDecisions unauditedDecisions;
        private MeetingPlanner planner = new MeetingPlanner();
        private Clock clock = Clock.systemUTC();
        private Optional<URI> blankCard = Optional.empty();
        private Optional<PlanningCommands> planningCommands = Optional.empty();

        private Builder() {
        }

        public Builder senderVerifier(SenderVerifier value) { this.senderVerifier = value; return this; }
        public Builder screening(MailScreeningService value) { this.screening = value; return this; }
        public Builder addresses(Addresses value) { this.addresses = value; return this; }
        public Builder records(IntakeRecordRepository value) { this.records = value; return this; }
        /** Read-only use: the history (how often the submission was released from quarantine). */
        public Builder submissions(SubmissionRepository value) { this.submissions = value; return this; }
        public Builder audit(IntakeAudit value) { this.audit = value; return this; }
        public Builder retention(ContentRetention value) { this.retention = value; return this; }
        /** Where delivery reports about the gateway's own mail are tied to the outbox and recorded. */
        public Builder deliveryReports(DeliveryReportRepository value) { this.deliveryReports = value; return this; }
        /** Where decisions without their audit row are found (after a crash), to audit them then. */
        public Builder unauditedDecisions(UnauditedDecisions value) { this.unauditedDecisions = value; return this; }
        public Builder planner(MeetingPlanner value) { this.planner = value; return this; }
        public Builder clock(Clock value) { this.clock = value; return this; }
        /** Where a refused sender downloads a blank Veiligheidskaart; empty: no link in refusals. */
        public Builder blankCard(Optional<URI> value) { this.blankCard = Objects.requireNonNull(value); return this; }

        /**
         * Where the voorzitter's planning keywords are applied ({@link HandleVoorzitterCommand}); without it (the
         * default) such mail goes through the intake as any mail from an unregistered address.
         */
        public Builder planningCommands(PlanningCommands value) {
            this.planningCommands = Optional.of(value);
            return this;
        }

        public ScreeningIntakePolicy build() {
            return new ScreeningIntakePolicy(this);
        }
    }
}
