package nl.vhkgateway.domain.submission;

import nl.vhkgateway.domain.mail.MailAddress;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A message received on the intake mailbox, from the moment it is durably stored until the gateway is done with it.
 *
 * <h2>Lifecycle</h2>
 * <ol>
 *   <li>The mailbox watcher fetches a message from the INBOX and it is stored with its raw MIME, Message-ID, sender,
 *       received time, size and SHA-256: state {@link SubmissionState#RECEIVED}. Storing is idempotent on
 *       {@link IdempotencyKey} (Message-ID + SHA-256): fetching the same message again after a crash finds this
 *       submission instead of creating a second one.</li>
 *   <li>A routing step decides what to send and writes those outgoing messages to the outbox in the same
 *       transaction as the state change ({@link SubmissionState#ROUTED} for the skeleton's blind forward to the
 *       voorzitter; SCREENED / ACCEPTED / REFUSED / QUARANTINED once screening exists).</li>
 *   <li>The outbox dispatcher sends each outgoing message over SMTP. When all of them are sent the submission is
 *       {@link SubmissionState#DELIVERED}.</li>
 *   <li>Only then does the original leave the INBOX (moved to the processed folder); that moment is recorded as
 *       {@link #releasedFromInboxAt()} without changing the state.</li>
 * </ol>
 * A step that fails is retried with backoff; after the configured number of attempts the submission goes to
 * {@link SubmissionState#ERROR}, where the beheerder sees it and can reprocess it. Every state change is recorded
 * as a {@link StateChange} with a timestamp and a reason code.
 *
 * <p>This object is an immutable snapshot of the stored row; changes go through {@link #changeTo} and the
 * {@link SubmissionRepository}. It does not hold the raw MIME (see {@link SubmissionRepository#rawMime}).
 * Thread-safe.
 */
public final class Submission {

    private final SubmissionId id;
    private final IdempotencyKey key;
    private final Optional<MailAddress> sender;
    private final Instant receivedAt;
    private final long size;
    private final SubmissionState state;
    private final int attempts;
    private final Instant nextAttemptAt;
    private final Optional<ProcessingError> lastError;
    private final Optional<MailboxLocation> location;
    private final Optional<Instant> releasedFromInboxAt;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Submission(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.key = Objects.requireNonNull(b.key, "key");
        this.sender = Objects.requireNonNull(b.sender, "sender");
        this.receivedAt = Objects.requireNonNull(b.receivedAt, "receivedAt");
        this.size = b.size;
        this.state = Objects.requireNonNull(b.state, "state");
        this.attempts = b.attempts;
        this.nextAttemptAt = Objects.requireNonNull(b.nextAttemptAt, "nextAttemptAt");
        this.lastError = Objects.requireNonNull(b.lastError, "lastError");
        this.location = Objects.requireNonNull(b.location, "location");
        this.releasedFromInboxAt = Objects.requireNonNull(b.releasedFromInboxAt, "releasedFromInboxAt");
        this.createdAt = Objects.requireNonNull(b.createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(b.updatedAt, "updatedAt");
        if (size < 0 || attempts < 0) {
            throw new IllegalArgumentException("size and attempts must not be negative");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * The state change to {@code next} for reason {@code reasonCode} at {@code at}; throws
     * {@link IllegalStateException} when the lifecycle does not allow it. Persist it with
     * {@link SubmissionRepository#changeState}.
     */
    public StateChange changeTo(SubmissionState next, String reasonCode, Instant at) {
        if (!state.canChangeTo(next)) {
            throw new IllegalStateException("Submission " + id + " cannot change from " + state + " to " + next);
        }
        return new StateChange(id, Optional.of(state), next, reasonCode, at);
    }

    /** True when automatic processing may work on it now (a working state whose backoff has passed). */
    public boolean isDue(Instant now) {
        return state.isWorking() && !nextAttemptAt.isAfter(now);
    }

    /** True when the gateway is done with it and the original has not yet left the INBOX. */
    public boolean awaitsRelease() {
        return state.releasesOriginal() && releasedFromInboxAt.isEmpty();
    }

    public SubmissionId id() {
        return id;
    }

    public IdempotencyKey key() {
        return key;
    }

    public Optional<MailAddress> sender() {
        return sender;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public long size() {
        return size;
    }

    public SubmissionState state() {
        return state;
    }

    /** Failed attempts of the current step since the last success or reprocess. */
    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Optional<ProcessingError> lastError() {
        return lastError;
    }

    public Optional<MailboxLocation> location() {
        return location;
    }

    public Optional<Instant> releasedFromInboxAt() {
        return releasedFromInboxAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Ids, state, size and hash only: no sender, no subject. */
    @Override
    public String toString() {
        return "Submission[" + id + ", " + state + ", hash=" + key.contentHash().shortForm() + ", size=" + size
                + ", attempts=" + attempts + "]";
    }

    /** Builds a snapshot (used by repositories and tests). Not thread-safe. */
    public static final class Builder {
        private SubmissionId id;
        private IdempotencyKey key;
        private Optional<MailAddress> sender = Optional.empty();
        private Instant receivedAt;
        private long size;
        private SubmissionState state = SubmissionState.RECEIVED;
        private int attempts;
        private Instant nextAttemptAt;
        private Optional<ProcessingError> lastError = Optional.empty();
        private Optional<MailboxLocation> location = Optional.empty();
        private Optional<Instant> releasedFromInboxAt = Optional.empty();
        private Instant createdAt;
        private Instant updatedAt;

        private Builder() {
        }

        public Builder id(SubmissionId value) { this.id = value; return this; }
        public Builder key(IdempotencyKey value) { this.key = value; return this; }
        public Builder sender(Optional<MailAddress> value) { this.sender = value; return this; }
        public Builder receivedAt(Instant value) { this.receivedAt = value; return this; }
        public Builder size(long value) { this.size = value; return this; }
        public Builder state(SubmissionState value) { this.state = value; return this; }
        public Builder attempts(int value) { this.attempts = value; return this; }
        public Builder nextAttemptAt(Instant value) { this.nextAttemptAt = value; return this; }
        public Builder lastError(Optional<ProcessingError> value) { this.lastError = value; return this; }
        public Builder location(Optional<MailboxLocation> value) { this.location = value; return this; }
        public Builder releasedFromInboxAt(Optional<Instant> value) { this.releasedFromInboxAt = value; return this; }
        public Builder createdAt(Instant value) { this.createdAt = value; return this; }
        public Builder updatedAt(Instant value) { this.updatedAt = value; return this; }

        public Submission build() {
            return new Submission(this);
        }
    }
}
