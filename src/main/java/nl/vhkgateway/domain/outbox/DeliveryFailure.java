package nl.vhkgateway.domain.outbox;

import nl.vhkgateway.domain.submission.SubmissionId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A delivery status notification about one of the gateway's own messages, as recorded: which outbox message, which
 * received report, the RFC 3464 action and RFC 3463 status code, and the server that reported it. Codes only, no
 * text of the report. Immutable.
 *
 * @param outboxMessage the message that could not be delivered
 * @param report        the submission under which the report was received
 * @param action        "failed", "delayed", ... (lower case)
 * @param status        e.g. "5.1.1", when the report gave one
 * @param reportingMta  e.g. "mail.example.org", when the report named it
 * @param receivedAt    when the report was received
 */
public record DeliveryFailure(OutboxMessageId outboxMessage, SubmissionId report, String action,
                              Optional<String> status, Optional<String> reportingMta, Instant receivedAt) {

    private static final Pattern ACTION = Pattern.compile("[a-z]{1,16}");
    private static final Pattern STATUS = Pattern.compile("[245]\\.\\d{1,3}\\.\\d{1,3}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.:\\[\\]_-]{1,255}");

    public DeliveryFailure {
        Objects.requireNonNull(outboxMessage, "outboxMessage");
        Objects.requireNonNull(report, "report");
        if (action == null || !ACTION.matcher(action).matches()) {
            throw new IllegalArgumentException("not an RFC 3464 action");
        }
        status = Objects.requireNonNull(status, "status").filter(s -> STATUS.matcher(s).matches());
        reportingMta = Objects.requireNonNull(reportingMta, "reportingMta").filter(h -> HOST.matcher(h).matches());
        Objects.requireNonNull(receivedAt, "receivedAt");
    }
}
