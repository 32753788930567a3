package nl.vhkgateway.application.mailflow;

import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.submission.IdempotencyKey;
import nl.vhkgateway.domain.submission.IncomingMessage;
import nl.vhkgateway.domain.submission.ProcessingError;
import nl.vhkgateway.domain.submission.ReasonCodes;
import nl.vhkgateway.domain.submission.StoreOutcome;
import nl.vhkgateway.domain.submission.SubmissionRepository;

import java.time.Clock;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Pipeline step 1: durably store a fetched message as a RECEIVED submission, or find the one already stored for it
 * (idempotent on Message-ID + SHA-256). A message above the size limit is recorded in ERROR with its metadata
 * only (visible to the beheerder, never retried, left in the INBOX). Thread-safe.
 */
public final class StoreSubmission {

    private static final Logger LOG = Logger.getLogger(StoreSubmission.class.getName());

    private final SubmissionRepository submissions;
    private final int maxMessageBytes;
    private final Clock clock;

    public StoreSubmission(SubmissionRepository submissions, int maxMessageBytes, Clock clock) {
        this.submissions = Objects.requireNonNull(submissions, "submissions");
        this.maxMessageBytes = maxMessageBytes;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public StoreOutcome store(FetchedMessage fetched) {
        IdempotencyKey key = IdempotencyKey.of(fetched.messageId(), fetched.rawMime());
        IncomingMessage message = new IncomingMessage(fetched.rawMime(), key, fetched.from(), fetched.receivedAt(),
                fetched.location());
        if (message.size() > maxMessageBytes) {
            StoreOutcome outcome = submissions.recordUnstorable(message, new ProcessingError(ReasonCodes.MESSAGE_TOO_LARGE,
                    message.size() + " bytes, limit " + maxMessageBytes), clock.instant());
            if (outcome.created()) {
                LOG.warning(() -> "Message uid " + fetched.location().uid() + " (" + message.size() + " bytes) exceeds "
                        + maxMessageBytes + " bytes; recorded as submission " + outcome.submission().id()
                        + " in ERROR without its content; it stays in the INBOX");
            }
            return outcome;
        }
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
