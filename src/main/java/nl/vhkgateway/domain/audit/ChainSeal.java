package nl.vhkgateway.domain.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * The keyed part of the audit chain. Each row written since the key was introduced carries
 * {@code seal = HMAC-SHA256(key, "vhk-audit-row-v1\n" + hash)}; because the hash already covers the row's content and
 * the previous row's hash, the seals chain as well. The head carries
 * {@code HMAC(key, "vhk-audit-head-v1\n" + sequence + "\n" + hash + "\n" + keyedFrom)}, so that neither rows removed
 * from the end nor a moved start of the sealing ({@code keyedFrom}) go unnoticed. Rows before {@code keyedFrom}
 * (written before the key existed) are covered by the unkeyed hashes and the published head only. Immutable.
 *
 * @param key       the key
 * @param keyedFrom the first sequence number that must carry a seal (1 for a log that had the key from the start)
 */
public record ChainSeal(AuditKey key, long keyedFrom) {

    public ChainSeal {
        Objects.requireNonNull(key, "key");
        if (keyedFrom < 1) {
            throw new IllegalArgumentException("keyedFrom must be 1 or more");
        }
    }

    /** The seal of a row with this hash. */
    public String rowSeal(String hash) {
        return key.seal("vhk-audit-row-v1\n" + hash);
    }

    /** The seal of the head. */
    public String headSeal(ChainHead head) {
        return key.seal("vhk-audit-head-v1\n" + head.sequence() + "\n" + head.hash() + "\n" + keyedFrom);
    }

    /** True when the row with this sequence number must carry a seal. */
    public boolean covers(long sequence) {
        return sequence >= keyedFrom;
    }

    /** True when the stored seal of a row is right (a row before {@code keyedFrom} must carry none). */
    public boolean rowHolds(long sequence, String hash, Optional<String> stored) {
        return covers(sequence)
                ? stored.map(s -> AuditKey.sameSeal(rowSeal(hash), s)).orElse(false)
                : stored.isEmpty();
    }

    /** True when the stored seal of the head is right (a head before any sealed row needs none). */
    public boolean headHolds(ChainHead head, Optional<String> stored) {
        if (keyedFrom > head.sequence() + 1) {
            return false; // sealing cannot start beyond the next row to be written
        }
        return covers(head.sequence())
                ? stored.map(s -> AuditKey.sameSeal(headSeal(head), s)).orElse(false)
                : stored.isEmpty();
    }
}
