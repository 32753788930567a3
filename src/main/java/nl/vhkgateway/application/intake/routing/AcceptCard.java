package nl.vhkgateway.application.intake.routing;

import nl.vhkgateway.application.intake.messages.AnsweredMail;
import nl.vhkgateway.application.intake.messages.IntakeSummary;
import nl.vhkgateway.application.intake.messages.Receipt;
import nl.vhkgateway.application.intake.messages.RvdkCardNotice;
import nl.vhkgateway.application.screening.MailScreeningReport;
import nl.vhkgateway.domain.card.CardFacts;
import nl.vhkgateway.domain.intake.IntakeRecord;
import nl.vhkgateway.domain.intake.IntakeRecordRepository;
import nl.vhkgateway.domain.intake.IntakeRoute;
import nl.vhkgateway.domain.mail.GatewayHeaders;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.planning.MeetingPlanner;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import nl.vhkgateway.domain.submission.SubmissionState;
import nl.vhkgateway.domain.outbox.OutgoingMessage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.vhkgateway.application.mailflow.RoutingDecision;

/**
 * Step for a mail whose one card was screened clean and complete: ACCEPTED. Allocates the submission number (once
 * per submission), computes the earliest meeting, links a follow-up to its earlier case, and sends
 * <ul>
 *   <li>to the voorzitter a <em>new</em> message (never the original) with the {@link IntakeSummary} and the
 *       sanitised card as {@code Veiligheidskaart VHT-2026-0042.docx}; the original subject and text are repeated
 *       in it, as they were screened clean too;</li>
 *   <li>for the RvdK route, the sanitised card to the RvdK intake mailbox as well ({@link RvdkCardNotice});</li>
 *   <li>to the vaste deelnemer a {@link Receipt} with the number and the earliest meeting date.</li>
 * </ul>
 * Thread-safe.
 */
public final class AcceptCard {

    static final String PURPOSE_VOORZITTER = "SUMMARY_VOORZITTER";
    static final String PURPOSE_RVDK = "CARD_RVDK";
    static final String PURPOSE_RECEIPT = "RECEIPT";

    private final Addresses addresses;
    private final OutgoingMailComposer composer;
    private final IntakeRecordRepository records;
    private final FollowUpLink followUps;
    private final MeetingPlanner planner;

    public AcceptCard(Addresses addresses, OutgoingMailComposer composer, IntakeRecordRepository records,
                      MeetingPlanner planner) {
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.records = Objects.requireNonNull(records, "records");
        this.followUps = new FollowUpLink(records);
        this.planner = Objects.requireNonNull(planner, "planner");
    }

    public Routed decide(IntakeContext intake, Participant participant, MailScreeningReport report, Instant screenedAt,
                         String senderText) {
        return decide(intake, participant, report, screenedAt, senderText, Optional.empty());
    }

    /** @param answered the sender's mail as the receipt names it (subject, file names, send time) */
    public Routed decide(IntakeContext intake, Participant participant, MailScreeningReport report, Instant screenedAt,
                         String senderText, AnsweredMail answered) {
        return decide(intake, participant, report, screenedAt, senderText, Optional.of(answered));
    }

    private Routed decide(IntakeContext intake, Participant participant, MailScreeningReport report,
                          Instant screenedAt, String senderText, Optional<AnsweredMail> answered) {
        if (!report.accepted()) {
            throw new IllegalArgumentException("Only an accepted mail can be accepted");
        }
        Instant receivedAt = intake.submission().receivedAt();
        CardFacts facts = report.facts().orElseThrow(() -> new IllegalStateException("An accepted card has facts"));
        byte[] sanitised = report.sanitisedCopy().orElseThrow(() -> new IllegalStateException("No sanitised copy"));
        SubmissionNumber number = records.numberFor(intake.submission().id(),
                receivedAt.atZone(MeetingPlanner.TEAM_ZONE).getYear());
        LocalDate meeting = planner.earliestMeeting(receivedAt, MeetingPlanner.TEAM_ZONE);
        FollowUpLink.Link link = followUps.resolve(facts, intake.subject(), intake.submission().id());
        boolean rvdk = intake.route() == IntakeRoute.RVDK;

        IntakeSummary summary = new IntakeSummary(number, participant, receivedAt, facts, report.sanitisingActions(),
                meeting, link.linkedNumber(),
                rvdk ? Optional.of(addresses.rvdk()) : Optional.empty(),
                link.unknownNumber(), Optional.of(new IntakeSummary.SenderMessage(intake.subject(), senderText)));
        MailDraft.Attachment card = new MailDraft.Attachment(IntakeSummary.attachmentFileName(number),
                MailDraft.Attachment.DOCX, sanitised);
        List<OutgoingMessage> messages = new ArrayList<>();
        messages.add(composer.compose(intake, MailDraft.message(PURPOSE_VOORZITTER, addresses.voorzitter(),
                summary.toMail(), Optional.of(card)).withHeader(GatewayHeaders.NUMBER, number.format())));
        if (rvdk) {
            RvdkCardNotice notice = new RvdkCardNotice(number, participant, receivedAt, facts.soortInbreng(), meeting,
                    addresses.voorzitter());
            messages.add(composer.compose(intake, MailDraft.message(PURPOSE_RVDK, addresses.rvdk(), notice.toMail(),
                    Optional.of(card)).withHeader(GatewayHeaders.NUMBER, number.format())));
        }
        Receipt receipt = new Receipt(number, participant, receivedAt, meeting, rvdk,
                Optional.of(addresses.beheer()), answered);
        messages.add(composer.compose(intake, MailDraft.answer(PURPOSE_RECEIPT, Addresses.of(participant),
                receipt.toMail())
                .withHeader(GatewayHeaders.OUTCOME, GatewayHeaders.ACCEPTED)
                .withHeader(GatewayHeaders.NUMBER, number.format())
                .withHeader(GatewayHeaders.SENT_TO, rvdk ? "voorzitter, rvdk" : "voorzitter")));

        RoutingDecision decision = new RoutingDecision(SubmissionState.ACCEPTED,
                rvdk ? RoutingReasons.CARD_ACCEPTED_RVDK : RoutingReasons.CARD_ACCEPTED, messages)
                .afterScreening(RoutingReasons.SCREENING_ACCEPT, screenedAt);
        IntakeRecord record = new IntakeRecord(intake.submission().id(), Optional.of(number),
                Optional.of(intake.route()), Optional.of(participant.id().value()),
                Optional.of(participant.organisation().id().value()), Optional.of("ACCEPTED"),
                Optional.of(report.verdict().name()), List.of(), 0, 0, facts.soortInbreng(), Optional.of(meeting),
                link.named(), link.linked(), Optional.of(screenedAt));
        return new Routed(decision, record);
    }
}
