package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.DeliveryFailure;
import nl.vhkgateway.domain.outbox.DeliveryReportRepository;
import nl.vhkgateway.domain.outbox.OutboxMessageId;
import nl.vhkgateway.domain.outbox.OutboxState;
import nl.vhkgateway.domain.outbox.SentMessage;
import nl.vhkgateway.domain.submission.SubmissionId;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link DeliveryReportRepository} on {@code delivery_report} (V9__delivery_report.sql), reading
 * {@code outbox_message} of every channel. Joins the caller's transaction when one is active. Thread-safe.
 */
public final class JdbcDeliveryReportRepository implements DeliveryReportRepository {

    private final JdbcTransactions jdbc;

    public JdbcDeliveryReportRepository(JdbcTransactions jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Optional<SentMessage> findByMessageId(String messageId) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT id, submission_id, purpose, message_id, recipients,"
                    + " state, sent_at FROM outbox_message WHERE message_id = ?")) {
                s.setString(1, messageId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    long submission = rs.getLong("submission_id");
                    Optional<SubmissionId> submissionId = rs.wasNull() ? Optional.empty()
                            : Optional.of(new SubmissionId(submission));
                    List<MailAddress> recipients = Arrays.stream(rs.getString("recipients").split(","))
                            .filter(r -> !r.isBlank()).map(MailAddress::of).toList();
                    return Optional.of(new SentMessage(new OutboxMessageId(rs.getLong("id")), submissionId,
                            rs.getString("purpose"), rs.getString("message_id"), recipients,
                            OutboxState.valueOf(rs.getString("state")), Jdbc.optionalInstant(rs, "sent_at")));
                }
            }
        });
    }

    @Override
    public void record(DeliveryFailure failure) {
        jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("INSERT IGNORE INTO delivery_report (outbox_message_id,"
                    + " report_submission_id, action, status, reporting_mta, received_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                s.setLong(1, failure.outboxMessage().value());
                s.setLong(2, failure.report().value());
                s.setString(3, failure.action());
                Jdbc.setOptionalString(s, 4, failure.status());
                Jdbc.setOptionalString(s, 5, failure.reportingMta());
                Jdbc.setInstant(s, 6, failure.receivedAt());
                return s.executeUpdate();
            }
        });
    }

    @Override
    public List<DeliveryFailure> findByOutboxMessage(OutboxMessageId id) {
        return jdbc.withConnection(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT outbox_message_id, report_submission_id, action,"
                    + " status, reporting_mta, received_at FROM delivery_report WHERE outbox_message_id = ?"
                    + " ORDER BY received_at, id")) {
                s.setLong(1, id.value());
                try (ResultSet rs = s.executeQuery()) {
                    List<DeliveryFailure> found = new ArrayList<>();
                    while (rs.next()) {
                        found.add(new DeliveryFailure(new OutboxMessageId(rs.getLong("outbox_message_id")),
                                new SubmissionId(rs.getLong("report_submission_id")), rs.getString("action"),
                                Jdbc.optionalString(rs, "status"), Jdbc.optionalString(rs, "reporting_mta"),
                                Jdbc.instant(rs, "received_at")));
                    }
                    return found;
                }
            }
        });
    }
}
