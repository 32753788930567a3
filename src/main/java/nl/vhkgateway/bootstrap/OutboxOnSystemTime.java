package nl.vhkgateway.bootstrap;

import nl.vhkgateway.domain.outbox.OutboxMessage;
import nl.vhkgateway.domain.outbox.OutboxMessageId;
import nl.vhkgateway.domain.outbox.OutboxRepository;
import nl.vhkgateway.domain.outbox.OutgoingMessage;
import nl.vhkgateway.domain.submission.ProcessingError;
import nl.vhkgateway.domain.submission.SubmissionId;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The outbox for the agenda's services when their clock is moved ({@code vhk.agenda.clock-file}, demo and tests
 * only): messages are added with the <em>system</em> time, not the agenda clock's, because the dispatcher (on the
 * system clock) sends nothing whose time has not come; a reminder queued on a clock moved into the future would
 * otherwise wait until the real day. Everything else is passed on unchanged. Thread-safe.
 */
final class OutboxOnSystemTime implements OutboxRepository {

    private final OutboxRepository outbox;
    private final Clock system;

    OutboxOnSystemTime(OutboxRepository outbox, Clock system) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.system = Objects.requireNonNull(system, "system");
    }

    @Override
    public List<OutboxMessageId> add(Optional<SubmissionId> submissionId, List<OutgoingMessage> messages,
                                     Instant agendaNow) {
        return outbox.add(submissionId, messages, system.instant());
    }

    @Override
    public List<OutboxMessageId> findClaimable(Instant now, Instant staleClaimBefore, int limit) {
        return outbox.findClaimable(now, staleClaimBefore, limit);
    }

    @Override
    public List<OutboxMessageId> findClaimable(SubmissionId submissionId, Instant now, Instant staleClaimBefore) {
        return outbox.findClaimable(submissionId, now, staleClaimBefore);
    }

    @Override
    public Optional<ClaimedMessage> claim(OutboxMessageId id, Instant now, Instant staleClaimBefore) {
        return outbox.claim(id, now, staleClaimBefore);
    }

    @Override
    public int reopenAbandonedClaims(Supplier<Set<OutboxMessageId>> working, Instant now) {
        return outbox.reopenAbandonedClaims(working, now);
    }

    @Override
    public void markSent(OutboxMessageId id, Instant at) {
        outbox.markSent(id, at);
    }

    @Override
    public void markRetry(OutboxMessageId id, Instant nextAttemptAt, ProcessingError error, Instant now) {
        outbox.markRetry(id, nextAttemptAt, error, now);
    }

    @Override
    public void markFailed(OutboxMessageId id, ProcessingError error, Instant now) {
        outbox.markFailed(id, error, now);
    }

    @Override
    public void markCancelled(OutboxMessageId id, ProcessingError reason, Instant now) {
        outbox.markCancelled(id, reason, now);
    }

    @Override
    public int resetFailed(SubmissionId submissionId, Instant now) {
        return outbox.resetFailed(submissionId, now);
    }

    @Override
    public List<OutboxMessage> findBySubmission(SubmissionId submissionId) {
        return outbox.findBySubmission(submissionId);
    }

    @Override
    public Optional<OutboxMessage> find(OutboxMessageId id) {
        return outbox.find(id);
    }
}
