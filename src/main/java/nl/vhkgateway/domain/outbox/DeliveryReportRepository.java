package nl.vhkgateway.domain.outbox;

import java.util.List;
import java.util.Optional;

/**
 * Ties delivery status notifications to the gateway's own outgoing messages and records them. Thread-safe; each
 * call runs in its own transaction (or joins the caller's).
 */
public interface DeliveryReportRepository {

    /** The outbox message with this Message-ID (any channel), if the gateway composed it. */
    Optional<SentMessage> findByMessageId(String messageId);

    /** Records a report; recording the same report about the same message again changes nothing. */
    void record(DeliveryFailure failure);

    /** The reports about one outbox message, oldest first. */
    List<DeliveryFailure> findByOutboxMessage(OutboxMessageId id);
}
