package nl.vhkgateway.domain.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The keyed seals of the audit chain, without a database. */
class ChainSealTest {

    private static final Instant T = Instant.parse("2026-12-05T07:00:00Z");
    private final AuditKey key = AuditKey.random();

    private List<AuditEntry> chain(int rows) {
        List<AuditEntry> entries = new ArrayList<>();
        ChainHead head = ChainHead.genesis();
        for (int i = 1; i <= rows; i++) {
            AuditEntry entry = AuditChain.next(head, T.plusSeconds(i),
                    AuditEvent.builder("system:test", "TEST").outcome("OK").build());
            entries.add(entry);
            head = new ChainHead(entry.sequence(), entry.hash());
        }
        return entries;
    }

    private ChainVerification verify(List<AuditEntry> entries, ChainSeal seal, AuditKey sealedWith,
                                     Optional<PublishedHead> published) {
        ChainSeal writer = new ChainSeal(sealedWith, seal.keyedFrom());
        ChainVerifier verifier = new ChainVerifier(Optional.of(seal), published);
        entries.forEach(e -> verifier.accept(e, writer.covers(e.sequence())
                ? Optional.of(writer.rowSeal(e.hash())) : Optional.empty()));
        AuditEntry last = entries.get(entries.size() - 1);
        ChainHead head = new ChainHead(last.sequence(), last.hash());
        return verifier.finish(head, Optional.of(writer.headSeal(head)));
    }

    @Test
    void aChainSealedWithTheKeyVerifies() {
        ChainVerification verification = verify(chain(5), new ChainSeal(key, 1), key, Optional.empty());

        assertTrue(verification.intact(), verification.description());
    }

    @Test
    void aChainSealedWithAnotherKeyDoesNot() {
        ChainVerification verification = verify(chain(5), new ChainSeal(key, 1), AuditKey.random(), Optional.empty());

        assertEquals(Optional.of(new ChainBreak(1, ChainBreak.Kind.SEAL_INVALID)), verification.firstBreak());
    }

    @Test
    void aPublishedHeadThatNoLongerMatchesIsABreak() {
        List<AuditEntry> entries = chain(5);
        PublishedHead other = new PublishedHead(3, "f".repeat(64), T);

        ChainVerification verification = verify(entries, new ChainSeal(key, 1), key, Optional.of(other));

        assertEquals(Optional.of(new ChainBreak(3, ChainBreak.Kind.PUBLISHED_HEAD_MISMATCH)),
                verification.firstBreak());
        PublishedHead beyond = new PublishedHead(9, entries.get(4).hash(), T);
        assertFalse(verify(entries, new ChainSeal(key, 1), key, Optional.of(beyond)).intact());
        PublishedHead right = new PublishedHead(3, entries.get(2).hash(), T);
        assertTrue(verify(entries, new ChainSeal(key, 1), key, Optional.of(right)).intact());
    }

    @Test
    void sealsDependOnTheKeyAndTheHashAndNeverShowTheKey() {
        ChainSeal seal = new ChainSeal(key, 1);

        assertEquals(64, seal.rowSeal("a").length());
        assertNotEquals(seal.rowSeal("a"), seal.rowSeal("b"));
        assertNotEquals(seal.rowSeal("a"), new ChainSeal(AuditKey.random(), 1).rowSeal("a"));
        assertTrue(key.toString().matches("AuditKey\\[[0-9a-f]{8}]"));
        assertFalse(seal.headHolds(new ChainHead(2, "x"), Optional.empty()));
        assertFalse(new ChainSeal(key, 9).headHolds(new ChainHead(2, "x"), Optional.empty()), "sealing starts later");
    }
}
