package nl.vhkgateway.application.intake.routing;

import nl.vhkgateway.domain.audit.AuditEvent;
import nl.vhkgateway.domain.audit.AuditEntry;
import nl.vhkgateway.domain.audit.AuditLog;
import nl.vhkgateway.domain.audit.AuditQuery;
import nl.vhkgateway.domain.intake.UnauditedDecisions;
import nl.vhkgateway.domain.intake.IntakeRecord;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.vhkgateway.application.mailflow.RoutingDecision;

/**
 * Writes the intake's decisions and the beheerder's quarantine actions to the shared, hash-chained {@link AuditLog}:
 * who (a system actor or the beheerder's login), what (an action code), which submission (subject
 * {@code submission:42}, the number as a detail), the outcome and the reason codes. Only ids, codes, counts and
 * dates: never card content, subjects or names. Thread-safe.
 */
public final class IntakeAudit {

    /** The actor of automatic intake decisions. */
    public static final String INTAKE_ACTOR = "system:intake";
    /** The actor of automatic retention. */
    public static final String RETENTION_ACTOR = "system:retention";

    public static final String DECISION = "INTAKE_DECISION";
    public static final String QUARANTINE_RELEASE = "QUARANTINE_RELEASE";
    public static final String QUARANTINE_DELETE = "QUARANTINE_DELETE";
    public static final String CONTENT_PURGE = "CONTENT_PURGE";

    private static final Pattern UNSAFE_ACTOR = Pattern.compile("[^A-Za-z0-9._%+@:-]");
    private static final int MAX_REASONS = 20;

    private final AuditLog log;

    public IntakeAudit(AuditLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    /** The subject under which every audit row of a submission is found. */
    public static String subject(SubmissionId id) {
        return "submission:" + id.value();
    }

    /** The decision as the audit names it: ACCEPTED, REFUSED (while the refusal is still REFUSING), QUARANTINED. */
    static String outcome(SubmissionState next) {
        return next == SubmissionState.REFUSING ? SubmissionState.REFUSED.name() : next.name();
    }

    /**
     * An intake decision, after it was committed: the {@code ordinal}-th decision of the submission (1 at first, one
     * more per release from quarantine). Appended unless it is audited already (recovered after a crash by another
     * instance, {@link #recovered}): exactly once.
     */
    public void decided(Submission submission, RoutingDecision decision, IntakeRecord record, int ordinal) {
        log.appendAllUnlessPresent(List.of(decision(submission.id(), decision.nextState(), decision.reasonCode(),
                Optional.of(decision.messages().size()), record)), decisions(submission.id()), ordinal);
    }

    /**
     * An intake decision, after it was committed, together with how its sender was verified for it: the two rows in
     * one append (one transaction on the chain head instead of two, issue 13), sender first. When the decision was
     * audited already (recovered, {@link #recovered}), only the sender check is appended.
     */
    public void decided(Submission submission, RoutingDecision decision, IntakeRecord record, SenderCheck sender,
                        int ordinal) {
        List<AuditEntry> appended = log.appendAllUnlessPresent(List.of(sender.event(submission.id()),
                        decision(submission.id(), decision.nextState(), decision.reasonCode(),
                                Optional.of(decision.messages().size()), record)),
                decisions(submission.id()), ordinal);
        if (appended.isEmpty()) {
            log.append(sender.event(submission.id()));
        }
    }

    /**
     * A committed decision whose audit row was lost in a crash between the commit and the append, found afterwards
     * ({@link RecoverDecisionAudits}): the same row as the worker would have written, with the submission's intake
     * record as stored now, the number of outgoing messages the decision wrote to the outbox and the detail
     * {@code recovered=true}; without the sender check (not stored). Appended unless the decision is audited by now:
     * exactly once. Returns whether it was.
     */
    public boolean recovered(UnauditedDecisions.Decision decision, IntakeRecord record) {
        AuditEvent event = decision(decision.submission(), decision.state(), decision.reasonCode(),
                Optional.of(decision.messages()), record, true);
        return !log.appendAllUnlessPresent(List.of(event), decisions(decision.submission()), decision.ordinal())
                .isEmpty();
    }

    /** The decision rows of a submission. */
    private static AuditQuery decisions(SubmissionId id) {
        return AuditQuery.all().withAction(DECISION).withSubject(subject(id));
    }

    private static AuditEvent decision(SubmissionId id, SubmissionState next, String reasonCode,
                                       Optional<Integer> messages, IntakeRecord record) {
        return decision(id, next, reasonCode, messages, record, false);
    }

    private static AuditEvent decision(SubmissionId id, SubmissionState next, String reasonCode,
                                       Optional<Integer> messages, IntakeRecord record, boolean recovered) {
        AuditEvent.Builder event = AuditEvent.builder(INTAKE_ACTOR, DECISION)
                .subject(subject(id))
                .outcome(outcome(next))
                .reason(reasonCode);
        record.reasonCodes().stream().limit(MAX_REASONS - 1).forEach(event::reason);
        event.detail("messages", messages.map(Object::toString))
                .detail("number", record.number().map(SubmissionNumber::format))
                .detail("route", record.route().map(Enum::name))
                .detail("participantId", record.participantId().map(Object::toString))
                .detail("organisationId", record.organisationId().map(Object::toString))
                .detail("senderVerdict", record.senderVerdict())
                .detail("screeningVerdict", record.screeningVerdict())
                .detail("soortInbreng", record.soortInbreng().map(Enum::name))
                .detail("earliestMeeting", record.earliestMeeting().map(Object::toString))
                .detail("earlierNumber", record.earlierNumber().map(SubmissionNumber::format))
                .detail("linkedSubmission", record.linkedSubmission().map(SubmissionId::toString));
        if (record.screeningVerdict().isPresent()) {
            event.detail("findings", Integer.toString(record.findingCount()))
                    .detail("missing", Integer.toString(record.missingCount()));
        }
        if (recovered) {
            event.detail("recovered", "true");
        }
        return event.build();
    }

    /**
     * How the sender of a submission was authenticated (or why not), on its own: for an attempt that failed after the
     * sender was verified. A decided attempt writes it with the decision ({@link #decided(Submission,
     * RoutingDecision, IntakeRecord, SenderCheck)}).
     */
    public void senderVerified(SubmissionId id, SenderCheck sender) {
        log.append(sender.event(id));
    }

    /**
     * How the sender of a submission was authenticated (or why not), audited once per processing attempt that got
     * as far as verifying the sender: with the decision when one was committed, on its own when the attempt failed.
     *
     * @param verdict        the verifier's verdict (ACCEPTED, UNKNOWN_SENDER, ...)
     * @param authentication {@code SMIME}, {@code DKIM_GATEWAY}, {@code DKIM_AUTHENTICATION_RESULTS},
     *                       {@code NONE_DEMO} or {@code NONE}
     * @param participantId  the registered participant, when the sender is one
     */
    public record SenderCheck(String verdict, String authentication, Optional<String> participantId) {

        public SenderCheck {
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(authentication, "authentication");
            Objects.requireNonNull(participantId, "participantId");
        }

        AuditEvent event(SubmissionId id) {
            return AuditEvent.builder(INTAKE_ACTOR, "SENDER_VERIFIED")
                    .subject(subject(id))
                    .outcome(verdict)
                    .detail("authentication", authentication)
                    .detail("participantId", participantId)
                    .build();
        }
    }

    /** A beheerder's action on a quarantined submission. */
    public void quarantineAction(String actor, String action, SubmissionId id, String reasonCode) {
        log.append(AuditEvent.builder(safeActor(actor), action)
                .subject(subject(id))
                .outcome("DONE")
                .reason(reasonCode)
                .build());
    }

    /** Content of a submission removed (retention, refusal, deletion). */
    public void contentPurged(String actor, SubmissionId id, String reasonCode) {
        log.append(AuditEvent.builder(safeActor(actor), CONTENT_PURGE)
                .subject(subject(id))
                .outcome("DONE")
                .reason(reasonCode)
                .build());
    }

    /** Sent messages whose content was removed by retention, as one row. */
    public void sentMessagesPurged(int count, String reasonCode) {
        log.append(AuditEvent.builder(RETENTION_ACTOR, CONTENT_PURGE)
                .subject("outbox")
                .outcome("DONE")
                .reason(reasonCode)
                .detail("messages", Integer.toString(count))
                .build());
    }

    /** Originals removed from the mail server's processed folder, as one row. */
    public void mailboxOriginalsPurged(int count, String reasonCode) {
        log.append(AuditEvent.builder(RETENTION_ACTOR, CONTENT_PURGE)
                .subject("mailbox")
                .outcome("DONE")
                .reason(reasonCode)
                .detail("originals", Integer.toString(count))
                .build());
    }

    /** A login name as an audit actor: characters ids do not have become '_'. */
    static String safeActor(String actor) {
        String cleaned = UNSAFE_ACTOR.matcher(actor == null ? "" : actor).replaceAll("_");
        if (cleaned.isEmpty()) {
            return "unknown";
        }
        return cleaned.length() > 254 ? cleaned.substring(0, 254) : cleaned;
    }
}
