package nl.vhkgateway.domain.audit;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The chain itself, without a database: hashing is deterministic and every kind of tampering is found. */
class AuditChainTest {

    private static final Instant T = Instant.parse("2026-03-02T09:00:00.123Z");

    private static AuditEvent event(String outcome) {
        return AuditEvent.builder("deelnemer@roosendaal.test", "HANDOVER_CHECK").subject("VHT-2026-0042")
                .outcome(outcome).detail("consentId", "17").build();
    }

    private static List<AuditEntry> chain(int length) {
        List<AuditEntry> entries = new ArrayList<>();
        ChainHead head = ChainHead.genesis();
        for (int i = 0; i < length; i++) {
            AuditEntry entry = AuditChain.next(head, T.plusSeconds(i), event(i % 2 == 0 ? "GRANTED" : "REFUSED"));
            entries.add(entry);
            head = new ChainHead(entry.sequence(), entry.hash());
        }
        return entries;
    }

    private static ChainVerification verify(List<AuditEntry> entries, ChainHead head) {
        ChainVerifier verifier = new ChainVerifier();
        entries.forEach(verifier::accept);
        return verifier.finish(head);
    }

    private static ChainHead headOf(List<AuditEntry> entries) {
        AuditEntry last = entries.get(entries.size() - 1);
        return new ChainHead(last.sequence(), last.hash());
    }

    @Test
    void firstRowIsChainedToGenesisAndHashesAreStable() {
        List<AuditEntry> entries = chain(2);

        assertEquals(AuditChain.GENESIS_HASH, entries.get(0).previousHash());
        assertEquals(entries.get(0).hash(), entries.get(1).previousHash());
        assertEquals(entries.get(0).hash(), AuditChain.recompute(entries.get(0)));
        assertEquals(64, entries.get(0).hash().length());
        assertEquals(chain(2), entries);
    }

    @Test
    void anIntactChainVerifies() {
        List<AuditEntry> entries = chain(5);
        ChainVerification verification = verify(entries, headOf(entries));

        assertTrue(verification.intact());
        assertEquals(5, verification.rowsChecked());
        assertEquals("Het auditlogboek is intact: 5 regels gecontroleerd.", verification.description());
    }

    @Test
    void anEmptyLogVerifiesAgainstGenesis() {
        assertTrue(verify(List.of(), ChainHead.genesis()).intact());
    }

    @Test
    void detectsAnAlteredValue() {
        List<AuditEntry> entries = chain(5);
        AuditEntry original = entries.get(2);
        entries.set(2, new AuditEntry(original.sequence(), original.occurredAt(), event("REFUSED"),
                original.previousHash(), original.hash()));

        ChainBreak found = verify(entries, headOf(entries)).firstBreak().orElseThrow();

        assertEquals(new ChainBreak(3, ChainBreak.Kind.CONTENT_ALTERED), found);
        assertEquals("de inhoud van regel 3 is gewijzigd (de hash klopt niet meer)", found.description());
    }

    @Test
    void detectsAnAlteredTimestamp() {
        List<AuditEntry> entries = chain(3);
        AuditEntry original = entries.get(1);
        entries.set(1, new AuditEntry(original.sequence(), original.occurredAt().plusMillis(1), original.event(),
                original.previousHash(), original.hash()));

        assertEquals(Optional.of(new ChainBreak(2, ChainBreak.Kind.CONTENT_ALTERED)),
                verify(entries, headOf(entries)).firstBreak());
    }

    @Test
    void detectsADeletedRow() {
        List<AuditEntry> entries = chain(5);
        entries.remove(1);

        assertEquals(Optional.of(new ChainBreak(2, ChainBreak.Kind.ROW_MISSING)),
                verify(entries, headOf(entries)).firstBreak());
    }

    @Test
    void detectsSwappedRows() {
        List<AuditEntry> entries = chain(5);
        AuditEntry second = entries.get(1);
        AuditEntry third = entries.get(2);
        entries.set(1, new AuditEntry(2, third.occurredAt(), third.event(), third.previousHash(), third.hash()));
        entries.set(2, new AuditEntry(3, second.occurredAt(), second.event(), second.previousHash(), second.hash()));

        assertEquals(Optional.of(new ChainBreak(2, ChainBreak.Kind.LINK_BROKEN)),
                verify(entries, headOf(entries)).firstBreak());
    }

    @Test
    void detectsARowRemovedFromTheEnd() {
        List<AuditEntry> entries = chain(5);
        ChainHead head = headOf(entries);
        entries.remove(4);

        assertEquals(Optional.of(new ChainBreak(5, ChainBreak.Kind.HEAD_MISMATCH)),
                verify(entries, head).firstBreak());
    }

    @Test
    void detectsARecomputedRowWhoseSuccessorStillPointsAtTheOriginal() {
        List<AuditEntry> entries = chain(4);
        AuditEntry original = entries.get(1);
        AuditEvent forged = event("GRANTED"); // row 2 said REFUSED
        String forgedHash = AuditChain.hash(original.previousHash(), 2, original.occurredAt(), forged);
        entries.set(1, new AuditEntry(2, original.occurredAt(), forged, original.previousHash(), forgedHash));

        assertEquals(Optional.of(new ChainBreak(3, ChainBreak.Kind.LINK_BROKEN)),
                verify(entries, headOf(entries)).firstBreak());
    }

    @Test
    void theSequenceNumberIsPartOfTheHash() {
        assertNotEquals(AuditChain.hash(AuditChain.GENESIS_HASH, 1, T, event("GRANTED")),
                AuditChain.hash(AuditChain.GENESIS_HASH, 2, T, event("GRANTED")));
    }

    @Test
    void theCanonicalFormSeparatesFieldsUnambiguously() {
        AuditEvent a = AuditEvent.builder("a@b.test", "X").detail("k", "v1").detail("k2", "v").build();
        AuditEvent b = AuditEvent.builder("a@b.test", "X").detail("k", "v1k2").build();

        assertNotEquals(AuditChain.canonical(1, T, a), AuditChain.canonical(1, T, b));
    }
}
