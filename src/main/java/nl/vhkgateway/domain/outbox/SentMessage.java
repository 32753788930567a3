package nl.vhkgateway.domain.outbox;

import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.submission.SubmissionId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a delivery report needs to know about the outbox message it is about (no content). Immutable.
 *
 * @param id         the outbox message
 * @param submission the submission it belongs to, if any
 * @param purpose    RECEIPT, SUMMARY_VOORZITTER, NOTICE_BEHEER, HANDOVER_DELIVERY, ...
 * @param messageId  its Message-ID
 * @param recipients its recipients
 * @param state      its state (a report about a message that was never sent is not believed)
 * @param sentAt     when it was handed to the mail server
 */
public record SentMessage(OutboxMessageId id, Optional<SubmissionId> submission, String purpose, String messageId,
                          List<MailAddress> recipients, OutboxState state, Optional<Instant> sentAt) {

    public SentMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(messageId, "messageId");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(sentAt, "sentAt");
    }
}
