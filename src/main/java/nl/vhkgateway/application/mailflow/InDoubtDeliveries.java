package nl.vhkgateway.application.mailflow;

import nl.vhkgateway.domain.audit.AuditEvent;
import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.domain.outbox.OutboxMessage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

/**
 * Decides about a message in doubt (issue 12; ADR 0001, addendum): its earlier claim ended without a recorded
 * outcome, so the SMTP server may or may not have accepted it. Before it is sent again, the {@link DeliveryProbe}
 * looks for its Message-ID in the recipients' mailboxes:
 * <ul>
 *   <li>found in any of them: {@link Resolution#DELIVERED}, recorded as sent without sending (one SMTP transaction
 *       delivers one message to all its recipients), audited {@code DELIVERY_CONFIRMED};</li>
 *   <li>searched in the mailbox of every recipient and not found: {@link Resolution#NOT_DELIVERED}, sent again;</li>
 *   <li>otherwise (a recipient whose mailbox the gateway may not read, or a probe that is unavailable):
 *       {@link Resolution#UNVERIFIED}, sent again with the same Message-ID, logged as a warning, audited
 *       {@code RESENT_IN_DOUBT} and counted ({@link #count}), because this is where a duplicate may arise.</li>
 * </ul>
 * Thread-safe. Writes nothing but the audit row; the caller records the outcome.
 */
public final class InDoubtDeliveries {

    private static final Logger LOG = Logger.getLogger(InDoubtDeliveries.class.getName());
    /** The audit action of every decision about a message in doubt. */
    public static final String AUDIT_ACTION = "OUTBOX_IN_DOUBT";

    /** What to do with a message in doubt. */
    public enum Resolution {
        /** It reached a recipient already: record it as sent, do not send. */
        DELIVERED,
        /** Every recipient's mailbox was searched and it is not there: send it again. */
        NOT_DELIVERED,
        /** Could not be checked: send it again with the same Message-ID (a duplicate is possible). */
        UNVERIFIED
    }

    private final DeliveryProbe probe;
    private final Optional<AuditLog> audit;
    private final String actor;
    private final Map<Resolution, LongAdder> counts = new EnumMap<>(Resolution.class);

    /**
     * @param probe the recipients' mailboxes ({@link DeliveryProbe#NONE}: none)
     * @param audit where each decision is recorded
     * @param actor the audit actor, e.g. {@code system:intake}
     */
    public InDoubtDeliveries(DeliveryProbe probe, AuditLog audit, String actor) {
        this.probe = Objects.requireNonNull(probe, "probe");
        this.audit = Optional.of(audit);
        this.actor = Objects.requireNonNull(actor, "actor");
        for (Resolution resolution : Resolution.values()) {
            counts.put(resolution, new LongAdder());
        }
    }

    /** Without a probe and without an audit log (tests, tools): every message in doubt is resent, logged and counted. */
    public static InDoubtDeliveries unprobed() {
        return new InDoubtDeliveries(DeliveryProbe.NONE);
    }

    private InDoubtDeliveries(DeliveryProbe probe) {
        this.probe = probe;
        this.audit = Optional.empty();
        this.actor = "system:outbox";
        for (Resolution resolution : Resolution.values()) {
            counts.put(resolution, new LongAdder());
        }
    }

    /** The decision from the answers for each recipient (pure; see the class comment). */
    public static Resolution decide(List<DeliveryProbe.Answer> answers) {
        if (answers.contains(DeliveryProbe.Answer.FOUND)) {
            return Resolution.DELIVERED;
        }
        if (!answers.isEmpty() && answers.stream().allMatch(a -> a == DeliveryProbe.Answer.NOT_FOUND)) {
            return Resolution.NOT_DELIVERED;
        }
        return Resolution.UNVERIFIED;
    }

    /** Probes the recipients of {@code message}, audits and counts the decision and returns it. */
    public Resolution resolve(OutboxMessage message) {
        List<DeliveryProbe.Answer> answers = new ArrayList<>();
        for (var recipient : message.recipients()) {
            DeliveryProbe.Answer answer = probe.lookFor(recipient, message.messageId());
            answers.add(answer);
            if (answer == DeliveryProbe.Answer.FOUND) {
                break;
            }
        }
        Resolution resolution = decide(answers);
        AuditEvent.Builder event = AuditEvent.builder(actor, AUDIT_ACTION)
                .outcome(switch (resolution) {
                    case DELIVERED -> "DELIVERY_CONFIRMED";
                    case NOT_DELIVERED -> "NOT_DELIVERED_RESENT";
                    case UNVERIFIED -> "RESENT_IN_DOUBT";
                })
                .detail("outboxMessage", String.valueOf(message.id().value()))
                .detail("purpose", message.purpose().replaceAll("[^A-Za-z0-9.-]", "-"))
                .detail("attempt", String.valueOf(message.attempts()));
        message.submissionId().ifPresent(id -> event.subject(String.valueOf(id.value())));
        answers.stream().distinct().filter(a -> a != DeliveryProbe.Answer.NOT_FOUND && a != DeliveryProbe.Answer.FOUND)
                .forEach(a -> event.reason("PROBE_" + a.name()));
        AuditEvent decided = event.build();
        audit.ifPresent(log -> log.append(decided));
        counts.get(resolution).increment();
        switch (resolution) {
            case DELIVERED -> LOG.info(() -> "Outbox message " + message.id() + " " + message.messageId()
                    + " was in doubt: in-doubt delivery confirmed (found in the recipient's mailbox); not sending it again");
            case NOT_DELIVERED -> LOG.info(() -> "Outbox message " + message.id() + " " + message.messageId()
                    + " was in doubt: not in the recipients' mailboxes; sending it");
            case UNVERIFIED -> LOG.warning(() -> "Outbox message " + message.id() + " " + message.messageId()
                    + " is in doubt and could not be checked (" + answers + "): in doubt, resent with the same"
                    + " Message-ID; the recipient may get it twice");
        }
        return resolution;
    }

    /** How often this instance decided {@code resolution} since it started (for the metrics). */
    public long count(Resolution resolution) {
        return counts.get(resolution).sum();
    }
}
