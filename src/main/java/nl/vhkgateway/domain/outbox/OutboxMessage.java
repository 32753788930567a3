package nl.vhkgateway.domain.outbox;

import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.submission.ProcessingError;
import nl.vhkgateway.domain.submission.SubmissionId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A stored outgoing message (transactional outbox): written in the same transaction as the decision that produced
 * it, sent later by the dispatcher. The raw MIME is loaded only when claimed for sending. Immutable snapshot.
 *
 * @param attempts sending attempts so far (incremented when claimed)
 */
public record OutboxMessage(OutboxMessageId id, Optional<SubmissionId> submissionId, String purpose, String messageId,
                            MailAddress envelopeFrom, List<MailAddress> recipients, OutboxState state, int attempts,
                            Instant nextAttemptAt, Optional<Instant> claimedAt, Optional<Instant> sentAt,
                            Optional<ProcessingError> lastError, Instant createdAt) {

    public OutboxMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(envelopeFrom, "envelopeFrom");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(claimedAt, "claimedAt");
        Objects.requireNonNull(sentAt, "sentAt");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
