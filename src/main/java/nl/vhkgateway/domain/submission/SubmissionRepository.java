package nl.vhkgateway.domain.submission;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stores submissions, their raw MIME and their state history. Every method joins the caller's transaction when one
 * is active (see {@code application.UnitOfWork}) and otherwise runs in its own. Implementations are thread-safe.
 */
public interface SubmissionRepository {

    /**
     * Stores the message as a RECEIVED submission (recording the first history line) unless a submission with the
     * same {@link IdempotencyKey} exists; then returns that one ({@code created == false}) and updates its mailbox
     * location when the message was found at another place (e.g. after a UIDVALIDITY change).
     */
    StoreOutcome storeIfAbsent(IncomingMessage message, Instant now);

    /**
     * Records a message that cannot be stored whole (too large) as an ERROR submission with its metadata but
     * without its raw MIME, so the beheerder sees it; idempotent on the key like {@link #storeIfAbsent}.
     */
    StoreOutcome recordUnstorable(IncomingMessage message, ProcessingError reason, Instant now);

    Optional<Submission> find(SubmissionId id);

    /** Reads the submission and locks its row until the end of the current transaction (SELECT ... FOR UPDATE). */
    Optional<Submission> lock(SubmissionId id);

    Optional<Submission> findByKey(IdempotencyKey key);

    /** The submission whose original sits at this location (same account, folder, UIDVALIDITY and UID). */
    Optional<Submission> findByLocation(MailboxLocation location);

    /** The raw message as received; empty when it was purged (retention). */
    Optional<byte[]> rawMime(SubmissionId id);

    /**
     * Applies the change when the stored state still equals {@code change.from()} (else throws
     * {@link ConcurrentChangeException}) and appends the change to the history. Entering a working state resets the
     * attempt count and last error and makes the submission due at once; entering ERROR keeps them for the
     * beheerder.
     */
    void changeState(StateChange change);

    /**
     * Records a failed attempt of the current step: attempt count, when to try again and why. Expects the stored
     * state to be {@code expected} (else {@link ConcurrentChangeException}).
     */
    void recordFailure(SubmissionId id, SubmissionState expected, int attempts, Instant nextAttemptAt,
                       ProcessingError error, Instant now);

    /** Records that the original left the INBOX (and the matching history line). */
    void recordReleasedFromInbox(SubmissionId id, Instant at);

    /** Submissions in one of {@code states} whose next attempt is due at {@code now}, oldest first. */
    List<Submission> findDue(Set<SubmissionState> states, Instant now, int limit);

    /** Submissions in {@code state}, most recently changed first. */
    List<Submission> findByState(SubmissionState state, int limit);

    /** One page of the submissions that match, most recently changed first. */
    List<Submission> search(SubmissionSearch search);

    /** How many submissions match (ignoring the page). */
    long count(SubmissionSearch search);

    /** Submissions done with (DELIVERED / QUARANTINED / DISCARDED) whose original has not yet left the INBOX. */
    List<Submission> findAwaitingRelease(int limit);

    /** The state history, oldest first. */
    List<StateChange> history(SubmissionId id);

    /**
     * Claims the submission for one worker: succeeds (true) when it has no claim, its claim lapsed before
     * {@code now}, or {@code token} holds it already; the claim lasts until {@code until}. Atomic (one UPDATE), so of
     * two workers racing for the same submission exactly one gets it.
     */
    boolean claim(SubmissionId id, String token, Instant now, Instant until);

    /**
     * As {@link #claim(SubmissionId, String, Instant, Instant)}, and only while the submission is still in
     * {@code expected}: a worker holding an old copy of a submission that another worker advanced meanwhile gets no
     * claim, instead of screening it again only to have its decision dropped (issue 13). Default: without the state
     * check.
     */
    default boolean claim(SubmissionId id, SubmissionState expected, String token, Instant now, Instant until) {
        return claim(id, token, now, until);
    }

    /** Clears the claim when {@code token} holds it. */
    void releaseClaim(SubmissionId id, String token);
}
