package nl.vhkgateway.domain.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of the audit log as stored: the event, its place in the chain and its hashes. {@code hash} is
 * SHA-256 over the previous row's hash and this row's canonical content ({@link AuditChain}). Immutable.
 *
 * @param sequence     position in the chain, 1 for the first row, without gaps
 * @param occurredAt   when the log appended it (millisecond precision, UTC)
 * @param event        what happened
 * @param previousHash the hash of row {@code sequence - 1}, or {@link AuditChain#GENESIS_HASH} for the first row
 * @param hash         this row's hash (64 lower-case hex digits)
 */
public record AuditEntry(long sequence, Instant occurredAt, AuditEvent event, String previousHash, String hash) {

    public AuditEntry {
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence must be 1 or more");
        }
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }
}
