package nl.vhkgateway.domain.outbox;

import nl.vhkgateway.domain.submission.ProcessingError;
import nl.vhkgateway.domain.submission.SubmissionId;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The transactional outbox. Every method joins the caller's transaction when one is active. Thread-safe; claims are
 * atomic in the database, so several dispatchers (threads or instances) never send the same message concurrently.
 */
public interface OutboxRepository {

    /**
     * Adds messages for a submission (empty for messages not tied to one). A message whose Message-ID is already in
     * the outbox is skipped: adding is idempotent. Returns the ids of the stored messages.
     */
    List<OutboxMessageId> add(Optional<SubmissionId> submissionId, List<OutgoingMessage> messages, Instant now);

    /**
     * Ids of messages that may be claimed now: PENDING and due, or SENDING with a claim older than
     * {@code staleClaimBefore} (the sender died mid-send) or made under a superseded leadership (an
     * {@link OutboxClaimant} with a lower fencing token, another process). Oldest first.
     */
    List<OutboxMessageId> findClaimable(Instant now, Instant staleClaimBefore, int limit);

    /** As {@link #findClaimable} for one submission's messages. */
    List<OutboxMessageId> findClaimable(SubmissionId submissionId, Instant now, Instant staleClaimBefore);

    /**
     * Atomically claims the message (state SENDING, claimed at {@code now}, attempts + 1) when it is still
     * claimable, and returns it with its raw MIME; empty when another dispatcher got it first or it is done.
     */
    Optional<ClaimedMessage> claim(OutboxMessageId id, Instant now, Instant staleClaimBefore);

    /**
     * Claims of this process (the repository's {@link OutboxClaimant}) that none of its threads works on any more,
     * e.g. left SENDING when the database connection broke mid-dispatch: back to PENDING, due {@code now} and in doubt,
     * instead of waiting for the sending lease. {@code working} (the messages this process's threads dispatch now) is
     * read after the claims, and each claim is reopened only if unchanged since (same attempt), so a claim in progress
     * is never touched. Returns how many were reopened; 0 without a claimant.
     */
    default int reopenAbandonedClaims(Supplier<Set<OutboxMessageId>> working, Instant now) {
        return 0;
    }

    /** SENDING -> SENT. */
    void markSent(OutboxMessageId id, Instant at);

    /** SENDING -> PENDING with the time of the next attempt and the error. */
    void markRetry(OutboxMessageId id, Instant nextAttemptAt, ProcessingError error, Instant now);

    /** SENDING -> FAILED (no more automatic attempts). */
    void markFailed(OutboxMessageId id, ProcessingError error, Instant now);

    /**
     * SENDING -> CANCELLED: an {@code OutboxGuard} decided before sending that the message must not go out (for a
     * handover: the consent was withdrawn in between). Final; never sent, never reset.
     */
    void markCancelled(OutboxMessageId id, ProcessingError reason, Instant now);

    /** FAILED -> PENDING with attempts reset (reprocessing by the beheerder). Returns the number reset. */
    int resetFailed(SubmissionId submissionId, Instant now);

    List<OutboxMessage> findBySubmission(SubmissionId submissionId);

    Optional<OutboxMessage> find(OutboxMessageId id);

    /**
     * A claimed message with the bytes to send.
     *
     * @param inDoubt true when an earlier claim of the message ended without a recorded outcome (it was taken over
     *                while SENDING): the SMTP server may already have accepted it, so ask before sending it again
     */
    record ClaimedMessage(OutboxMessage message, byte[] rawMime, boolean inDoubt) {

        /** A claimed message that is not in doubt. */
        public ClaimedMessage(OutboxMessage message, byte[] rawMime) {
            this(message, rawMime, false);
        }
    }
}
