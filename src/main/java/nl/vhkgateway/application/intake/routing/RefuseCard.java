package nl.vhkgateway.application.intake.routing;

import nl.vhkgateway.application.intake.messages.AnsweredMail;
import nl.vhkgateway.application.intake.messages.Refusal;
import nl.vhkgateway.application.screening.MailScreeningReport;
import nl.vhkgateway.domain.card.CardFacts;
import nl.vhkgateway.domain.intake.IntakeRecord;
import nl.vhkgateway.domain.mail.GatewayHeaders;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.screening.Finding;
import nl.vhkgateway.domain.screening.ScreeningReport;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.vhkgateway.application.mailflow.RoutingDecision;

/**
 * Step for a mail refused by screening (personal data anywhere in the mail or card, an incomplete card, no card,
 * several cards, not a .docx): REFUSED, and only the vaste deelnemer gets a Dutch {@link Refusal} at the registered
 * address, naming each place with a masked excerpt, what is missing and how to fix it. Nothing goes to the
 * voorzitter. The original is not kept after the refusal (see the policy's follow-up). Thread-safe.
 */
public final class RefuseCard {

    static final String PURPOSE = "REFUSAL";

    private final OutgoingMailComposer composer;
    private final Optional<URI> blankCard;

    public RefuseCard(OutgoingMailComposer composer) {
        this(composer, Optional.empty());
    }

    /** @param blankCard where the sender downloads a blank Veiligheidskaart (the web console), linked in the refusal */
    public RefuseCard(OutgoingMailComposer composer, Optional<URI> blankCard) {
        this.composer = Objects.requireNonNull(composer, "composer");
        this.blankCard = Objects.requireNonNull(blankCard, "blankCard");
    }

    /** True when the report has something to tell the sender (else the refusal would have no reason). */
    public static boolean canExplain(MailScreeningReport report) {
        return !report.findings().isEmpty() || !report.missingItems().isEmpty();
    }

    public Routed decide(IntakeContext intake, Participant participant, MailScreeningReport report, Instant screenedAt) {
        return decide(intake, participant, report, screenedAt, Optional.empty());
    }

    /** @param answered the sender's mail as the refusal names it (masked where the screener found data) */
    public Routed decide(IntakeContext intake, Participant participant, MailScreeningReport report, Instant screenedAt,
                         AnsweredMail answered) {
        return decide(intake, participant, report, screenedAt, Optional.of(answered));
    }

    private Routed decide(IntakeContext intake, Participant participant, MailScreeningReport report,
                          Instant screenedAt, Optional<AnsweredMail> answered) {
        if (report.accepted()) {
            throw new IllegalArgumentException("An accepted mail is not refused");
        }
        ScreeningReport whole = new ScreeningReport(report.verdict(), report.findings(), report.sanitisingActions(),
                Optional.empty(), report.facts(), report.missingItems());
        Refusal refusal = new Refusal(participant, intake.submission().receivedAt(), List.of(), Optional.of(whole),
                Optional.of(intake.reference()), answered);
        MailDraft draft = MailDraft.answer(PURPOSE, Addresses.of(participant), refusal.toMail(blankCard))
                .withHeader(GatewayHeaders.OUTCOME, GatewayHeaders.REFUSED)
                .withHeader(GatewayHeaders.REASONS, String.join(", ", reasonCodes(report)));
        String screeningReason = switch (report.verdict()) {
            case REJECT -> RoutingReasons.SCREENING_REJECT;
            default -> RoutingReasons.SCREENING_INVALID;
        };
        RoutingDecision decision = new RoutingDecision(SubmissionState.REFUSING, RoutingReasons.CARD_REFUSED,
                List.of(composer.compose(intake, draft))).afterScreening(screeningReason, screenedAt);
        IntakeRecord record = new IntakeRecord(intake.submission().id(), Optional.empty(), Optional.of(intake.route()),
                Optional.of(participant.id().value()), Optional.of(participant.organisation().id().value()),
                Optional.of("ACCEPTED"), Optional.of(report.verdict().name()), reasonCodes(report),
                report.findings().size(), report.missingItems().size(),
                report.facts().flatMap(CardFacts::soortInbreng), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(screenedAt));
        return new Routed(decision, record);
    }

    /** The finding categories (each once) and MISSING_SECTIONS: what the refusal is about, without any text. */
    static List<String> reasonCodes(MailScreeningReport report) {
        List<String> codes = new ArrayList<>();
        report.findings().stream().map(Finding::category).map(Enum::name).distinct().forEach(codes::add);
        if (!report.missingItems().isEmpty()) {
            codes.add(RoutingReasons.MISSING_SECTIONS);
        }
        return codes;
    }
}
