package nl.vhkgateway.application.mailflow;

import nl.vhkgateway.application.UnitOfWork;
import nl.vhkgateway.domain.outbox.OutboxMessage;
import nl.vhkgateway.domain.outbox.OutboxMessageId;
import nl.vhkgateway.domain.outbox.OutboxRepository;
import nl.vhkgateway.domain.outbox.OutboxRepository.ClaimedMessage;
import nl.vhkgateway.domain.submission.ProcessingError;
import nl.vhkgateway.domain.submission.ReasonCodes;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionRepository;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pipeline step 3: send outbox messages over SMTP. Per message: claim it (SENDING committed before the SMTP
 * conversation), send, mark SENT, then let {@link RecordDelivery} complete the submission. A failed send is retried
 * with backoff; after the maximum number of attempts the message is FAILED and its submission goes to ERROR. A
 * claim left behind by a crash is taken over after the sending lease (at once when a newer leader takes over a
 * superseded leader's claim) and is then in doubt: {@link InDoubtDeliveries} looks for it at the recipients first,
 * and it is sent again with the same Message-ID only when it was not found there or could not be looked for.
 * Right before each send the {@link OutboxGuard} may cancel the message (CANCELLED, with replacement messages) or
 * add follow-ups that are stored with the SENT mark; messages added that way are sent in the same call.
 * Thread-safe: claims are atomic in the database.
 */
public final class DispatchOutbox {

    private static final Logger LOG = Logger.getLogger(DispatchOutbox.class.getName());
    /** Rounds of sending within one call when the guard added messages (bounds a guard that keeps adding). */
    private static final int MAX_ROUNDS = 3;
    /** The check of a message in doubt failed (e.g. its audit row was refused): counts as a failed attempt. */
    static final String IN_DOUBT_CHECK_FAILED = "IN_DOUBT_CHECK_FAILED";
    /** The messages the threads of this process (JVM) are dispatching now, of every pipeline (issue 12). */
    private static final Set<OutboxMessageId> WORKING = ConcurrentHashMap.newKeySet();

    private final OutboxRepository outbox;
    private final SubmissionRepository submissions;
    private final UnitOfWork unitOfWork;
    private final MailSender sender;
    private final RecordDelivery recordDelivery;
    private final MailflowSettings settings;
    private final Clock clock;
    private final ProcessingObserver observer;
    private final OutboxGuard guard;
    private final InDoubtDeliveries inDoubt;

    public DispatchOutbox(OutboxRepository outbox, SubmissionRepository submissions, UnitOfWork unitOfWork,
                          MailSender sender, RecordDelivery recordDelivery, MailflowSettings settings, Clock clock,
                          ProcessingObserver observer) {
        this(outbox, submissions, unitOfWork, sender, recordDelivery, settings, clock, observer, OutboxGuard.ALLOW_ALL);
    }

    public DispatchOutbox(OutboxRepository outbox, SubmissionRepository submissions, UnitOfWork unitOfWork,
                          MailSender sender, RecordDelivery recordDelivery, MailflowSettings settings, Clock clock,
                          ProcessingObserver observer, OutboxGuard guard) {
        this(outbox, submissions, unitOfWork, sender, recordDelivery, settings, clock, observer, guard,
                InDoubtDeliveries.unprobed());
    }

    /** @param inDoubt decides about a message taken over from a claim whose outcome is unknown (issue 12) */
    public DispatchOutbox(OutboxRepository outbox, SubmissionRepository submissions, UnitOfWork unitOfWork,
                          MailSender sender, RecordDelivery recordDelivery, MailflowSettings settings, Clock clock,
                          ProcessingObserver observer, OutboxGuard guard, InDoubtDeliveries inDoubt) {
        this.inDoubt = Objects.requireNonNull(inDoubt, "inDoubt");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.submissions = Objects.requireNonNull(submissions, "submissions");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.sender = Objects.requireNonNull(sender, "sender");
        this.recordDelivery = Objects.requireNonNull(recordDelivery, "recordDelivery");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.observer = Objects.requireNonNull(observer, "observer");
        this.guard = Objects.requireNonNull(guard, "guard");
    }

    /**
     * Sends the claimable messages of one submission and then, when something was sent, records its delivery once
     * all its messages are out (one transaction for the submission instead of one after every message, issue 13);
     * returns how many were sent.
     */
    public int dispatchFor(SubmissionId submissionId) {
        int sent = dispatchRounds(now -> outbox.findClaimable(submissionId, now, staleBefore(now)), false);
        if (sent > 0 && recordDelivery.recordIfComplete(submissionId)) {
            observer.reached(ProcessingPoint.AFTER_DELIVERY_RECORDED);
        }
        return sent;
    }

    /** Sends up to a batch of claimable messages of any submission; returns how many were sent. */
    public int dispatchDue() {
        reopenAbandonedClaims();
        return dispatchRounds(now -> outbox.findClaimable(now, staleBefore(now), settings.batchSize()), true);
    }

    /** This process's claims that no thread of it works on any more go back to PENDING (in doubt) at once. */
    private void reopenAbandonedClaims() {
        int reopened = outbox.reopenAbandonedClaims(() -> Set.copyOf(WORKING), clock.instant());
        if (reopened > 0) {
            LOG.warning(() -> reopened + " outbox message(s) left claimed by this instance without an outcome (e.g. a"
                    + " database connection lost mid-dispatch) are pending again, in doubt");
        }
    }

    /** @param recordEach after each message sent, record its submission's delivery when that was its last one */
    private int dispatchRounds(java.util.function.Function<Instant, List<OutboxMessageId>> claimable,
                               boolean recordEach) {
        int sent = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            boolean added = false;
            for (OutboxMessageId id : claimable.apply(clock.instant())) {
                Outcome outcome = dispatchOne(id, recordEach);
                sent += outcome == Outcome.SENT || outcome == Outcome.SENT_AND_ADDED ? 1 : 0;
                added |= outcome == Outcome.SENT_AND_ADDED || outcome == Outcome.CANCELLED_AND_ADDED;
            }
            if (!added) {
                break;
            }
        }
        return sent;
    }

    private enum Outcome { SENT, SENT_AND_ADDED, CANCELLED_AND_ADDED, NOT_SENT }

    private Outcome dispatchOne(OutboxMessageId id, boolean recordDeliveryAfterSend) {
        WORKING.add(id);
        try {
            return dispatchClaimed(id, recordDeliveryAfterSend);
        } finally {
            WORKING.remove(id);
        }
    }

    private Outcome dispatchClaimed(OutboxMessageId id, boolean recordDeliveryAfterSend) {
        Instant now = clock.instant();
        Optional<ClaimedMessage> claimed = outbox.claim(id, now, staleBefore(now));
        if (claimed.isEmpty()) {
            return Outcome.NOT_SENT;
        }
        OutboxMessage message = claimed.get().message();
        if (message.attempts() > 1) {
            LOG.info(() -> "Outbox message " + id + " " + message.messageId() + ": attempt " + message.attempts()
                    + (message.lastError().isEmpty() ? " (previous attempt was interrupted; sending again with the same Message-ID)" : ""));
        }
        if (message.attempts() > settings.maxAttempts()) {
            fail(message, new ProcessingError(ReasonCodes.MAX_ATTEMPTS_REACHED, "no attempts left"));
            return Outcome.NOT_SENT;
        }
        // a message in doubt is looked for at the recipients before the guard, so the lease check stays the last step before SMTP
        boolean alreadyDelivered;
        try {
            alreadyDelivered = claimed.get().inDoubt()
                    && inDoubt.resolve(message) == InDoubtDeliveries.Resolution.DELIVERED;
        } catch (RuntimeException e) {
            handleFailure(message, ProcessingError.of(IN_DOUBT_CHECK_FAILED, e));
            return Outcome.NOT_SENT;
        }
        OutboxGuard.Verdict verdict;
        try {
            verdict = guard.beforeSend(message, claimed.get().rawMime());
        } catch (RuntimeException e) {
            handleFailure(message, ProcessingError.of(ReasonCodes.GUARD_FAILED, e));
            return Outcome.NOT_SENT;
        }
        if (!verdict.allowed()) {
            cancel(message, verdict);
            return verdict.messages().isEmpty() ? Outcome.NOT_SENT : Outcome.CANCELLED_AND_ADDED;
        }
        if (!alreadyDelivered) {
            observer.reached(ProcessingPoint.BEFORE_SEND);
            try {
                sender.send(message.envelopeFrom(), message.recipients(), claimed.get().rawMime());
            } catch (MailSendException | RuntimeException e) {
                handleFailure(message, ProcessingError.of(ReasonCodes.SEND_FAILED, e));
                return Outcome.NOT_SENT;
            }
            observer.reached(ProcessingPoint.AFTER_SEND);
        }
        if (verdict.messages().isEmpty()) {
            outbox.markSent(id, clock.instant());
        } else {
            unitOfWork.run(() -> {
                Instant sentAt = clock.instant();
                outbox.markSent(id, sentAt);
                outbox.add(message.submissionId(), verdict.messages(), sentAt);
            });
        }
        observer.reached(ProcessingPoint.AFTER_SENT_RECORDED);
        LOG.info(() -> (alreadyDelivered ? "Recorded as sent without sending (already delivered) " : "Sent ") + "outbox message " + id + " " + message.messageId() + " (" + message.purpose() + ") to "
                + message.recipients());
        message.submissionId().filter(submissionId -> recordDeliveryAfterSend).ifPresent(submissionId -> {
            if (recordDelivery.recordIfComplete(submissionId)) {
                observer.reached(ProcessingPoint.AFTER_DELIVERY_RECORDED);
            }
        });
        return verdict.messages().isEmpty() ? Outcome.SENT : Outcome.SENT_AND_ADDED;
    }

    private void cancel(OutboxMessage message, OutboxGuard.Verdict verdict) {
        unitOfWork.run(() -> {
            Instant now = clock.instant();
            outbox.markCancelled(message.id(), new ProcessingError(verdict.reasonCode(), "cancelled before sending"), now);
            outbox.add(message.submissionId(), verdict.messages(), now);
        });
        LOG.info(() -> "Outbox message " + message.id() + " " + message.messageId() + " (" + message.purpose()
                + ") CANCELLED before sending: " + verdict.reasonCode() + "; " + verdict.messages().size()
                + " message(s) instead");
        message.submissionId().ifPresent(recordDelivery::recordIfComplete);
    }

    private void handleFailure(OutboxMessage message, ProcessingError error) {
        if (message.attempts() >= settings.maxAttempts()) {
            fail(message, error);
            return;
        }
        Instant now = clock.instant();
        outbox.markRetry(message.id(), now.plus(settings.backoffAfter(message.attempts())), error, now);
        LOG.log(Level.WARNING, () -> "Sending outbox message " + message.id() + " failed (attempt " + message.attempts()
                + " of " + settings.maxAttempts() + "): " + error.reason());
    }

    private void fail(OutboxMessage message, ProcessingError error) {
        unitOfWork.run(() -> {
            Instant now = clock.instant();
            outbox.markFailed(message.id(), error, now);
            message.submissionId().flatMap(submissions::lock)
                    .filter(s -> s.state().awaitsDispatch())
                    .ifPresent(s -> {
                        submissions.recordFailure(s.id(), s.state(), message.attempts(), now, error, now);
                        submissions.changeState(s.changeTo(SubmissionState.ERROR, ReasonCodes.SEND_FAILED, now));
                    });
        });
        LOG.warning(() -> "Outbox message " + message.id() + " FAILED after " + message.attempts() + " attempts ("
                + error.reason() + "); submission " + message.submissionId().map(SubmissionId::toString).orElse("-")
                + " is in ERROR for the beheerder");
    }

    private Instant staleBefore(Instant now) {
        return now.minus(settings.sendingLease());
    }
}
