package nl.vhkgateway.domain.audit;

import java.util.Objects;
import java.util.Optional;

/**
 * Checks audit rows one by one in sequence order and remembers the first break. Per row, in this order: the
 * sequence number follows the previous one (else {@link ChainBreak.Kind#ROW_MISSING}); the stored previous hash is
 * the previous row's hash (else {@link ChainBreak.Kind#LINK_BROKEN}); the content still gives the stored hash (else
 * {@link ChainBreak.Kind#CONTENT_ALTERED}). At the end the last row must be the recorded head (else
 * {@link ChainBreak.Kind#HEAD_MISMATCH}). With a {@link ChainSeal} (the key kept outside the database) every row
 * from {@code keyedFrom} on must carry its seal ({@link ChainBreak.Kind#SEAL_INVALID}) and the head its head seal
 * ({@link ChainBreak.Kind#HEAD_SEAL_INVALID}); with a {@link PublishedHead} the row it names must still carry its
 * hash ({@link ChainBreak.Kind#PUBLISHED_HEAD_MISMATCH}). Not thread-safe: one instance per verification.
 */
public final class ChainVerifier {

    private long rowsChecked;
    private long previousSequence;
    private String previousHash = AuditChain.GENESIS_HASH;
    private Optional<ChainBreak> firstBreak = Optional.empty();
    private final Optional<ChainSeal> seal;
    private final Optional<PublishedHead> published;
    private boolean publishedSeen;

    /** A verifier of the unkeyed chain only. */
    public ChainVerifier() {
        this(Optional.empty(), Optional.empty());
    }

    /** A verifier of the chain, its seals (when a key is given) and a published head (when one exists). */
    public ChainVerifier(Optional<ChainSeal> seal, Optional<PublishedHead> published) {
        this.seal = Objects.requireNonNull(seal, "seal");
        this.published = Objects.requireNonNull(published, "published").filter(p -> p.sequence() > 0);
    }

    /** Feeds the next row (rows must come in ascending sequence order). */
    public void accept(AuditEntry entry) {
        accept(entry, Optional.empty());
    }

    /** Feeds the next row with its stored seal (rows must come in ascending sequence order). */
    public void accept(AuditEntry entry, Optional<String> storedSeal) {
        rowsChecked++;
        if (firstBreak.isEmpty()) {
            firstBreak = check(entry)
                    .or(() -> seal.filter(s -> !s.rowHolds(entry.sequence(), entry.hash(), storedSeal))
                            .map(s -> new ChainBreak(entry.sequence(), ChainBreak.Kind.SEAL_INVALID)))
                    .or(() -> checkPublished(entry.sequence(), entry.hash()));
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
        checkPublished(sequence, storedHash);
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

    private Optional<ChainBreak> checkPublished(long sequence, String hash) {
        if (published.isEmpty() || published.get().sequence() != sequence) {
            return Optional.empty();
        }
        publishedSeen = true;
        return published.get().hash().equals(hash)
                ? Optional.empty()
                : Optional.of(new ChainBreak(sequence, ChainBreak.Kind.PUBLISHED_HEAD_MISMATCH));
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
        return finish(head, Optional.empty());
    }

    /** Finishes the check against the head the log recorded and its stored head seal. */
    public ChainVerification finish(ChainHead head, Optional<String> storedHeadSeal) {
        if (firstBreak.isEmpty()
                && (head.sequence() != previousSequence || !head.hash().equals(previousHash))) {
            firstBreak = Optional.of(new ChainBreak(head.sequence(), ChainBreak.Kind.HEAD_MISMATCH));
        }
        if (firstBreak.isEmpty() && seal.isPresent() && !seal.get().headHolds(head, storedHeadSeal)) {
            firstBreak = Optional.of(new ChainBreak(head.sequence(), ChainBreak.Kind.HEAD_SEAL_INVALID));
        }
        if (firstBreak.isEmpty() && published.isPresent() && !publishedSeen) {
            firstBreak = Optional.of(new ChainBreak(published.get().sequence(),
                    ChainBreak.Kind.PUBLISHED_HEAD_MISMATCH));
        }
        return new ChainVerification(rowsChecked, head, firstBreak);
    }
}
