package nl.vhkgateway.domain.audit;

import java.util.Optional;

/**
 * Checks audit rows one by one in sequence order and remembers the first break. Per row, in this order: the
 * sequence number follows the previous one (else {@link ChainBreak.Kind#ROW_MISSING}); the stored previous hash is
 * the previous row's hash (else {@link ChainBreak.Kind#LINK_BROKEN}); the content still gives the stored hash (else
 * {@link ChainBreak.Kind#CONTENT_ALTERED}). At the end the last row must be the recorded head (else
 * {@link ChainBreak.Kind#HEAD_MISMATCH}). Not thread-safe: one instance per verification.
 */
public final class ChainVerifier {

    private long rowsChecked;
    private long previousSequence;
    private String previousHash = AuditChain.GENESIS_HASH;
    private Optional<ChainBreak> firstBreak = Optional.empty();

    /** Feeds the next row (rows must come in ascending sequence order). */
    public void accept(AuditEntry entry) {
        rowsChecked++;
        if (firstBreak.isEmpty()) {
            firstBreak = check(entry);
        }
        previousSequence = entry.sequence();
        previousHash = entry.hash();
    }

    /**
     * Feeds a row whose stored values cannot even be read as an event (a value no event can hold): it was
     * altered, unless the sequence or link is already wrong.
     */
    public void acceptUnreadable(long sequence, String storedPreviousHash, String storedHash) {
        rowsChecked++;
        if (firstBreak.isEmpty()) {
            firstBreak = checkLink(sequence, storedPreviousHash)
                    .or(() -> Optional.of(new ChainBreak(sequence, ChainBreak.Kind.CONTENT_ALTERED)));
        }
        previousSequence = sequence;
        previousHash = storedHash;
    }

    private Optional<ChainBreak> check(AuditEntry entry) {
        return checkLink(entry.sequence(), entry.previousHash()).or(() ->
                AuditChain.recompute(entry).equals(entry.hash())
                        ? Optional.empty()
                        : Optional.of(new ChainBreak(entry.sequence(), ChainBreak.Kind.CONTENT_ALTERED)));
    }

    private Optional<ChainBreak> checkLink(long sequence, String storedPreviousHash) {
        if (sequence != previousSequence + 1) {
            return Optional.of(new ChainBreak(previousSequence + 1, ChainBreak.Kind.ROW_MISSING));
        }
        if (!previousHash.equals(storedPreviousHash)) {
            return Optional.of(new ChainBreak(sequence, ChainBreak.Kind.LINK_BROKEN));
        }
        return Optional.empty();
    }

    /** Finishes the check against the head the log recorded. */
    public ChainVerification finish(ChainHead head) {
        if (firstBreak.isEmpty()
                && (head.sequence() != previousSequence || !head.hash().equals(previousHash))) {
            firstBreak = Optional.of(new ChainBreak(head.sequence(), ChainBreak.Kind.HEAD_MISMATCH));
        }
        return new ChainVerification(rowsChecked, head, firstBreak);
    }
}
