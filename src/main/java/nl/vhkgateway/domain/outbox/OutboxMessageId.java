package nl.vhkgateway.domain.outbox;

/** Database identity of an {@link OutboxMessage}. Immutable. */
public record OutboxMessageId(long value) {

    public OutboxMessageId {
        if (value <= 0) {
            throw new IllegalArgumentException("OutboxMessageId must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
