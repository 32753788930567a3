package nl.vhkgateway.application.intake;

import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.submission.IdempotencyKey;
import nl.vhkgateway.domain.submission.IncomingMessage;
import nl.vhkgateway.domain.submission.StoreOutcome;
import nl.vhkgateway.domain.submission.SubmissionRepository;

import java.time.Clock;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Pipeline step 1: durably store a fetched message as a RECEIVED submission, or find the one already stored for it
 * (idempotent on Message-ID + SHA-256). Thread-safe.
 */
public final class StoreSubmission {

    private static final Logger LOG = Logger.getLogger(StoreSubmission.class.getName());

    private final SubmissionRepository submissions;
    private final Clock clock;

    public StoreSubmission(SubmissionRepository submissions, Clock clock) {
        this.submissions = Objects.requireNonNull(submissions, "submissions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public StoreOutcome store(FetchedMessage fetched) {
        IdempotencyKey key = IdempotencyKey.of(fetched.messageId(), fetched.rawMime());
        IncomingMessage message = new IncomingMessage(fetched.rawMime(), key, fetched.from(), fetched.receivedAt(),
                fetched.location());
        StoreOutcome outcome = submissions.storeIfAbsent(message, clock.instant());
        if (outcome.created()) {
            LOG.info(() -> "Stored submission " + outcome.submission().id() + " (hash " + key.contentHash().shortForm()
                    + ", " + message.size() + " bytes, from " + fetched.from().map(MailAddress::masked).orElse("unknown sender")
                    + (key.syntheticMessageId() ? ", no Message-ID" : "") + ")");
        } else {
            LOG.fine(() -> "Message uid " + fetched.location().uid() + " is already submission " + outcome.submission().id());
        }
        return outcome;
    }
}
