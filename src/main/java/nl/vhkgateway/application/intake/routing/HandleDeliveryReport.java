package nl.vhkgateway.application.intake.routing;

import nl.vhkgateway.application.intake.bounce.DeliveryStatusNotification;
import nl.vhkgateway.application.intake.messages.DeliveryFailureNotice;
import nl.vhkgateway.domain.intake.IntakeRecord;
import nl.vhkgateway.domain.outbox.DeliveryFailure;
import nl.vhkgateway.domain.outbox.DeliveryReportRepository;
import nl.vhkgateway.domain.outbox.OutboxState;
import nl.vhkgateway.domain.outbox.SentMessage;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.vhkgateway.application.mailflow.RoutingDecision;

/**
 * Step for a delivery status notification about a message the gateway itself sent (found by the Message-IDs the
 * report names): the report is recorded on that outbox message ({@link DeliveryReportRepository}), the report is
 * QUARANTINED (never answered: RFC 3834) and, for a failed delivery, the beheerder gets a Dutch
 * {@link DeliveryFailureNotice} naming the message, its recipient and the reported status. Not for a bounce of a
 * message to the beheerder itself (that notice would bounce again: a loop). A report about a message the gateway
 * did not send is not handled here (the caller sets it aside as an automated message). Thread-safe.
 */
public final class HandleDeliveryReport {

    static final String PURPOSE = "NOTICE_DELIVERY_FAILED";

    private final Addresses addresses;
    private final OutgoingMailComposer composer;
    private final DeliveryReportRepository reports;

    public HandleDeliveryReport(Addresses addresses, OutgoingMailComposer composer, DeliveryReportRepository reports) {
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        this.composer = Objects.requireNonNull(composer, "composer");
        this.reports = Objects.requireNonNull(reports, "reports");
    }

    /** The decision, or empty when the report names no message the gateway sent. */
    public Optional<Routed> decide(IntakeContext intake, DeliveryStatusNotification report) {
        Optional<SentMessage> about = report.referencedMessageIds().stream()
                .map(reports::findByMessageId).flatMap(Optional::stream)
                .filter(sent -> sent.state() == OutboxState.SENT).findFirst();
        if (about.isEmpty()) {
            return Optional.empty();
        }
        SentMessage sent = about.get();
        reports.record(new DeliveryFailure(sent.id(), intake.submission().id(), report.action(), report.status(),
                report.reportingMta(), intake.submission().receivedAt()));
        boolean toBeheer = sent.recipients().contains(addresses.beheer());
        List<nl.vhkgateway.domain.outbox.OutgoingMessage> messages = new ArrayList<>();
        if (report.failed() && !toBeheer) {
            DeliveryFailureNotice notice = new DeliveryFailureNotice(sent.purpose(), sent.recipients(), sent.sentAt(),
                    sent.submission().map(id -> "inzending " + id), report.status(), report.reportingMta(),
                    intake.submission().receivedAt(), intake.reference());
            messages.add(composer.compose(intake, MailDraft.message(PURPOSE, addresses.beheer(), notice.toMail(),
                    Optional.empty())));
        }
        RoutingDecision decision = new RoutingDecision(SubmissionState.QUARANTINED, RoutingReasons.DELIVERY_REPORT,
                messages);
        List<String> codes = new ArrayList<>();
        codes.add("DELIVERY_" + report.action().toUpperCase(Locale.ROOT));
        report.status().map(s -> "STATUS_" + s.replace('.', '_')).ifPresent(codes::add);
        IntakeRecord record = new IntakeRecord(intake.submission().id(), Optional.empty(), Optional.of(intake.route()),
                Optional.empty(), Optional.empty(), Optional.of(RoutingReasons.DELIVERY_REPORT), Optional.empty(),
                codes, 0, 0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
        return Optional.of(new Routed(decision, record));
    }
}
