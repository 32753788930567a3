package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.domain.audit.AuditKey;
import nl.vhkgateway.application.audit.AuditExporter;
import nl.vhkgateway.application.audit.ExportFormat;
import nl.vhkgateway.domain.audit.AuditChain;
import nl.vhkgateway.domain.audit.AuditEntry;
import nl.vhkgateway.domain.audit.AuditEvent;
import nl.vhkgateway.domain.audit.AuditQuery;
import nl.vhkgateway.domain.audit.ChainBreak;
import nl.vhkgateway.domain.audit.ChainHead;
import nl.vhkgateway.domain.audit.ChainSeal;
import nl.vhkgateway.domain.audit.ChainVerification;
import nl.vhkgateway.domain.audit.ChainVerifier;
import nl.vhkgateway.application.audit.ChainHeadPublication;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import nl.vhkgateway.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit log on a real MariaDB: round trip, filters, concurrent appends, and tampering done with plain SQL. */
class JdbcAuditLogIT {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    private DataSource dataSource;
    private JdbcAuditLog log;

    @BeforeEach
    void freshDatabase() {
        dataSource = TestDatabase.fresh("jdbcauditlog");
        log = new JdbcAuditLog(dataSource, Clock.systemUTC(), AuditKey.random());
    }

    private static AuditEvent event(int i) {
        return AuditEvent.builder("deelnemer@roosendaal.test", i % 3 == 0 ? "CONSENT_RECORDED" : "HANDOVER_CHECK")
                .subject("VHT-2026-" + String.format("%04d", i % 4)).outcome(i % 2 == 0 ? "GRANTED" : "REFUSED")
                .reason("CODE_" + i).detail("consentId", Integer.toString(i)).detail("purpose", "OVERDRACHT")
                .build();
    }

    private void appendTen() {
        for (int i = 1; i <= 10; i++) {
            log.append(event(i));
        }
    }

    private ChainBreak firstBreak() {
        ChainVerification verification = log.verifyChain();
        assertFalse(verification.intact(), verification.description());
        return verification.firstBreak().orElseThrow();
    }

    @Test
    void storesAndReadsRowsExactly() {
        AuditEntry written = log.append(AuditEvent.builder("system:intake", "CARD_REFUSED")
                .outcome("REFUSED").reason("PERSON_NAME").reason("BSN").detail("submission", "VHT-2026-0042")
                .build());
        AuditEntry withoutSubject = log.append(AuditEvent.builder("beheer@gateway.test", "AUDIT_EXPORTED").build());

        assertEquals(List.of(written, withoutSubject), log.find(AuditQuery.all()));
        assertEquals(new ChainHead(2, withoutSubject.hash()), log.head());
        assertTrue(log.verifyChain().intact());
    }

    @Test
    void appendsSeveralEventsAsConsecutiveLinksInOneCall() {
        log.append(event(1));

        List<AuditEntry> written = log.appendAll(List.of(event(2), event(3), event(4)));

        assertEquals(List.of(2L, 3L, 4L), sequences(written));
        assertEquals(written.get(0).hash(), written.get(1).previousHash());
        assertEquals(written.get(1).hash(), written.get(2).previousHash());
        assertEquals(written, log.find(AuditQuery.all().withAfterSequence(1)));
        assertEquals(new ChainHead(4, written.get(2).hash()), log.head());
        assertEquals(List.of(), log.appendAll(List.of()));
        ChainVerification verification = log.verifyChain();
        assertTrue(verification.intact(), verification.description());
        assertEquals(4, verification.rowsChecked());
    }

    @Test
    void appendsUnlessPresentOnlyWhileFewerRowsMatch() {
        AuditQuery decisions = AuditQuery.all().withAction("CONSENT_RECORDED").withSubject("VHT-2026-0003");
        log.append(event(1));

        assertEquals(1, log.appendAllUnlessPresent(List.of(event(3)), decisions, 1).size(), "none present: appended");
        assertEquals(List.of(), log.appendAllUnlessPresent(List.of(event(3)), decisions, 1), "one present: skipped");
        assertEquals(2, log.appendAllUnlessPresent(List.of(event(7), event(3)), decisions, 2).size(),
                "one present, two wanted: appended");
        assertEquals(2, log.count(decisions));
        assertEquals(4, log.head().sequence(), "a skipped append leaves the head where it was");
        assertTrue(log.verifyChain().intact());
    }

    @Test
    void concurrentAppendsUnlessPresentAppendOnce() throws Exception {
        int threads = 4;
        AuditQuery decisions = AuditQuery.all().withAction("CONSENT_RECORDED").withSubject("VHT-2026-0003");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        int appended = 0;
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return log.appendAllUnlessPresent(List.of(event(3)), decisions, 1).size();
                }));
            }
            start.countDown();
            for (Future<Integer> future : futures) {
                appended += future.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, appended, "one of the threads appended");
        assertEquals(1, log.count(decisions));
        assertTrue(log.verifyChain().intact());
    }

    @Test
    void filtersAndPages() {
        appendTen();

        assertEquals(List.of(3L, 6L, 9L), sequences(log.find(AuditQuery.all().withAction("CONSENT_RECORDED"))));
        assertEquals(List.of(4L, 8L), sequences(log.find(AuditQuery.all().withSubject("VHT-2026-0000"))));
        assertEquals(List.of(2L, 4L), sequences(log.find(AuditQuery.all().withOutcome("GRANTED").withLimit(2))));
        assertEquals(List.of(6L, 7L), sequences(log.find(AuditQuery.all().withAfterSequence(5).withLimit(2))));
        assertEquals(List.of(), log.find(AuditQuery.all().withActor("someone@else.test")));
        Instant now = Instant.now();
        assertEquals(10, log.find(AuditQuery.all().withFrom(now.minus(Duration.ofMinutes(5)))).size());
        assertEquals(0, log.find(AuditQuery.all().withTo(now.minus(Duration.ofMinutes(5)))).size());
    }

    @Test
    void exportsEveryMatchingRow() {
        appendTen();
        StringWriter out = new StringWriter();

        long rows = new AuditExporter(log).export(AuditQuery.all().withLimit(1).withAction("HANDOVER_CHECK"),
                ExportFormat.JSONL, out);

        assertEquals(7, rows);
        assertEquals(7, out.toString().lines().count());
    }

    @Test
    void concurrentAppendsNeverForkTheChain() throws Exception {
        int threads = 4;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                futures.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i += 2) {
                        if (thread % 2 == 0) {
                            log.append(event(thread * 1000 + i));
                            log.append(event(thread * 1000 + i + 1));
                        } else {
                            log.appendAll(List.of(event(thread * 1000 + i), event(thread * 1000 + i + 1)));
                        }
                    }
                    return null;
                }));
            }
            // A verification running alongside the appends sees a consistent snapshot.
            Future<ChainVerification> midway = pool.submit(() -> {
                start.await();
                return log.verifyChain();
            });
            start.countDown();
            for (Future<?> future : futures) {
                future.get(60, TimeUnit.SECONDS);
            }
            assertTrue(midway.get(60, TimeUnit.SECONDS).intact(), "verification during appends");
        } finally {
            pool.shutdownNow();
        }

        List<AuditEntry> all = new ArrayList<>();
        log.scan(AuditQuery.all(), all::add);
        assertEquals(LongStream.rangeClosed(1, threads * perThread).boxed().toList(), sequences(all));
        ChainVerification verification = log.verifyChain();
        assertTrue(verification.intact(), verification.description());
        assertEquals(threads * perThread, verification.rowsChecked());
        assertEquals(threads * perThread, log.head().sequence());
    }

    @Test
    void theDatabaseRefusesUpdatesAndDeletes() {
        appendTen();

        IllegalStateException update = assertThrows(IllegalStateException.class,
                () -> TestDatabase.execute(dataSource, "UPDATE audit_event SET outcome = 'GRANTED' WHERE seq = 3"));
        IllegalStateException delete = assertThrows(IllegalStateException.class,
                () -> TestDatabase.execute(dataSource, "DELETE FROM audit_event WHERE seq = 3"));

        assertTrue(update.getMessage().contains("append-only"), update.getMessage());
        assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        assertTrue(log.verifyChain().intact());
    }

    @Test
    void detectsAnAlteredRow() {
        appendTen();
        TestDatabase.execute(dataSource, "DROP TRIGGER audit_event_no_update",
                "UPDATE audit_event SET outcome = 'GRANTED' WHERE seq = 3");

        ChainBreak found = firstBreak();

        assertEquals(new ChainBreak(3, ChainBreak.Kind.CONTENT_ALTERED), found);
    }

    @Test
    void detectsAnAlteredDetailOrTimestamp() {
        appendTen();
        TestDatabase.execute(dataSource, "DROP TRIGGER audit_event_no_update",
                "UPDATE audit_event SET details = REPLACE(details, '\"7\"', '\"8\"') WHERE seq = 7",
                "UPDATE audit_event SET occurred_at = occurred_at + INTERVAL 1 SECOND WHERE seq = 9");

        assertEquals(new ChainBreak(7, ChainBreak.Kind.CONTENT_ALTERED), firstBreak());
    }

    @Test
    void detectsAValueNoEventCanHold() {
        appendTen();
        TestDatabase.execute(dataSource, "DROP TRIGGER audit_event_no_update",
                "UPDATE audit_event SET actor = 'iemand anders' WHERE seq = 4");

        assertEquals(new ChainBreak(4, ChainBreak.Kind.CONTENT_ALTERED), firstBreak());
    }

    @Test
    void detectsADeletedRow() {
        appendTen();
        TestDatabase.execute(dataSource, "DROP TRIGGER audit_event_no_delete",
                "DELETE FROM audit_event WHERE seq = 5");

        ChainBreak found = firstBreak();

        assertEquals(new ChainBreak(5, ChainBreak.Kind.ROW_MISSING), found);
        assertEquals("regel 5 ontbreekt (verwijderd)", found.description());
    }

    @Test
    void detectsTheLastRowDeleted() {
        appendTen();
        TestDatabase.execute(dataSource, "DROP TRIGGER audit_event_no_delete",
                "DELETE FROM audit_event WHERE seq = 10");

        assertEquals(new ChainBreak(10, ChainBreak.Kind.HEAD_MISMATCH), firstBreak());
    }

    @Test
    void detectsReorderedRows() {
        appendTen();
        TestDatabase.execute(dataSource, "DROP TRIGGER audit_event_no_update",
                "UPDATE audit_event SET seq = 1000 WHERE seq = 4",
                "UPDATE audit_event SET seq = 4 WHERE seq = 5",
                "UPDATE audit_event SET seq = 5 WHERE seq = 1000");

        assertEquals(new ChainBreak(4, ChainBreak.Kind.LINK_BROKEN), firstBreak());
    }

    @Test
    void detectsARowInsertedInTheMiddleWithAValidHash() throws SQLException {
        appendTen();
        TestDatabase.execute(dataSource, "DROP TRIGGER audit_event_no_update",
                "UPDATE audit_event SET seq = seq + 1 WHERE seq >= 6 ORDER BY seq DESC");
        // A forger who knows the algorithm links the new row correctly to row 5...
        AuditEntry five = log.find(AuditQuery.all().withAfterSequence(4).withLimit(1)).get(0);
        insert(AuditChain.next(new ChainHead(5, five.hash()), T0, event(99)));

        // ...but cannot seal it without the key (and the next row still points at row 5).
        assertEquals(new ChainBreak(6, ChainBreak.Kind.SEAL_INVALID), firstBreak());
    }

    @Test
    void detectsARowAddedAtTheEndBehindTheLogsBack() throws SQLException {
        appendTen();
        insert(AuditChain.next(log.head(), T0, event(99)));

        assertEquals(new ChainBreak(11, ChainBreak.Kind.SEAL_INVALID), firstBreak());
    }

    private void insert(AuditEntry entry) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_event (seq, occurred_at,"
                     + " actor, action, subject, outcome, reason_codes, details, previous_hash, hash)"
                     + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            AuditEvent event = entry.event();
            insert.setLong(1, entry.sequence());
            insert.setObject(2, LocalDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC));
            insert.setString(3, event.actor());
            insert.setString(4, event.action());
            insert.setString(5, event.subject().orElse(null));
            insert.setString(6, event.outcome());
            insert.setString(7, String.join(",", event.reasonCodes()));
            insert.setString(8, "{\"consentId\":\"99\",\"purpose\":\"OVERDRACHT\"}");
            insert.setString(9, entry.previousHash());
            insert.setString(10, entry.hash());
            insert.executeUpdate();
        }
    }

    private static List<Long> sequences(List<AuditEntry> entries) {
        return entries.stream().map(AuditEntry::sequence).toList();
    }

    /**
     * Issue 11: someone with full rights on the database (triggers dropped) rewrites every row and recomputes every
     * unkeyed hash and the head, exactly as the gateway would without its key. The unkeyed chain alone verifies; the
     * seals made with the key outside the database do not.
     */
    @Test
    void detectsARewriteOfTheWholeChainWithRecomputedHashes() throws SQLException {
        appendTen();
        rewriteWholeChain(false);

        assertTrue(unkeyedChainHolds(), "the forger's unkeyed chain is consistent");
        assertEquals(new ChainBreak(1, ChainBreak.Kind.SEAL_INVALID), firstBreak());
        assertTrue(firstBreak().description().contains("geen geldig zegel"), firstBreak().description());
    }

    @Test
    void detectsARewriteSealedWithAnotherKey() throws SQLException {
        appendTen();
        rewriteWholeChain(false);
        TestDatabase.execute(dataSource, "UPDATE audit_chain_head SET head_seal = NULL");
        // the forger's own key seals every row and the head
        JdbcAuditLog forger = new JdbcAuditLog(dataSource, Clock.systemUTC(), AuditKey.random());
        List<AuditEntry> rows = new ArrayList<>();
        forger.scan(AuditQuery.all(), rows::add);
        ChainSeal forged = new ChainSeal(AuditKey.random(), 1);
        for (AuditEntry row : rows) {
            TestDatabase.execute(dataSource, "UPDATE audit_event SET seal = '" + forged.rowSeal(row.hash())
                    + "' WHERE seq = " + row.sequence());
        }

        assertEquals(new ChainBreak(1, ChainBreak.Kind.SEAL_INVALID), firstBreak());
    }

    /**
     * A forger who also strips every seal and moves the start of the sealing past the end (so that the log looks as
     * if it had been written before the key existed) is caught by the head published outside the database.
     */
    @Test
    void detectsARewriteThatStripsTheSealsByThePublishedHead(@TempDir Path dir) throws SQLException {
        AuditHeadFile heads = new AuditHeadFile(dir.resolve("audit-head.txt"));
        AuditKey key = AuditKey.random();
        log = new JdbcAuditLog(dataSource, Clock.systemUTC(), key, heads);
        appendTen();
        assertTrue(new ChainHeadPublication(log, heads, text -> { }, Clock.systemUTC()).publish().intact());
        assertEquals(10, heads.latest().orElseThrow().sequence());
        assertTrue(log.verifyChain().intact(), "the published head matches");

        rewriteWholeChain(true);

        assertTrue(unkeyedChainHolds());
        ChainBreak found = firstBreak();
        assertEquals(new ChainBreak(10, ChainBreak.Kind.PUBLISHED_HEAD_MISMATCH), found);
        assertTrue(found.description().contains("buiten de database"), found.description());
        // without the published head, this forgery would pass: that is why the head is published
        assertTrue(new JdbcAuditLog(dataSource, Clock.systemUTC(), key).verifyChain().intact());
    }

    @Test
    void aBrokenChainIsNotPublishedAndTheBeheerderIsToldInstead(@TempDir Path dir) {
        AuditHeadFile heads = new AuditHeadFile(dir.resolve("audit-head.txt"));
        appendTen();
        TestDatabase.execute(dataSource, "DROP TRIGGER audit_event_no_update",
                "UPDATE audit_event SET outcome = 'GRANTED' WHERE seq = 3");
        List<String> told = new ArrayList<>();

        ChainVerification verification = new ChainHeadPublication(log, heads, told::add, Clock.systemUTC()).publish();

        assertFalse(verification.intact());
        assertEquals(Optional.empty(), heads.latest(), "nothing published");
        assertEquals(1, told.size());
        assertTrue(told.get(0).contains("niet intact"), told.get(0));
        assertEquals(10, log.head().sequence(), "no publication row appended");
    }

    @Test
    void rowsWrittenBeforeTheKeyExistedStillVerifyAndLaterRowsAreSealed() throws SQLException {
        // a log as V3-V10 wrote it: no seals; V11 then set keyed_from to the next row
        JdbcAuditLog legacy = new JdbcAuditLog(dataSource, Clock.systemUTC(), AuditKey.random());
        for (int i = 1; i <= 3; i++) {
            legacy.append(event(i));
        }
        TestDatabase.execute(dataSource, "DROP TRIGGER audit_event_no_update",
                "UPDATE audit_event SET seal = NULL", "UPDATE audit_chain_head SET keyed_from = 4, head_seal = NULL");
        assertTrue(log.verifyChain().intact(), log.verifyChain().description());

        log.append(event(4));
        log.append(event(5));

        ChainVerification verification = log.verifyChain();
        assertTrue(verification.intact(), verification.description());
        assertEquals(5, verification.rowsChecked());
        TestDatabase.execute(dataSource, "UPDATE audit_event SET seal = NULL WHERE seq = 5");
        assertEquals(new ChainBreak(5, ChainBreak.Kind.SEAL_INVALID), firstBreak());
    }

    @Test
    void detectsRowsCutFromTheEndWithTheHeadMovedBack() {
        appendTen();
        AuditEntry eight = log.find(AuditQuery.all().withAfterSequence(7).withLimit(1)).get(0);
        TestDatabase.execute(dataSource, "DROP TRIGGER audit_event_no_delete",
                "DELETE FROM audit_event WHERE seq > 8",
                "UPDATE audit_chain_head SET last_seq = 8, last_hash = '" + eight.hash() + "'");

        assertEquals(new ChainBreak(8, ChainBreak.Kind.HEAD_SEAL_INVALID), firstBreak());
    }

    /**
     * Rewrites every row (another actor in each) with recomputed unkeyed hashes and moves the head, as someone who
     * knows the algorithm but not the key would; {@code stripSeals} also removes every seal and moves the start of the
     * sealing past the end.
     */
    private void rewriteWholeChain(boolean stripSeals) throws SQLException {
        List<AuditEntry> original = new ArrayList<>();
        log.scan(AuditQuery.all(), original::add);
        TestDatabase.execute(dataSource, "DROP TRIGGER audit_event_no_update", "DROP TRIGGER audit_event_no_delete",
                "DELETE FROM audit_event");
        ChainHead head = ChainHead.genesis();
        for (AuditEntry row : original) {
            AuditEvent e = row.event();
            AuditEvent forged = AuditEvent.builder("vervalst@example.test", e.action()).outcome(e.outcome()).build();
            AuditEntry rewritten = AuditChain.next(head, row.occurredAt(), forged);
            insertRaw(rewritten, stripSeals ? null : "0".repeat(64));
            head = new ChainHead(rewritten.sequence(), rewritten.hash());
        }
        TestDatabase.execute(dataSource, "UPDATE audit_chain_head SET last_seq = " + head.sequence()
                + ", last_hash = '" + head.hash() + "'"
                + (stripSeals ? ", head_seal = NULL, keyed_from = " + (head.sequence() + 1) : ""));
    }

    private boolean unkeyedChainHolds() {
        ChainVerifier unkeyed = new ChainVerifier();
        log.scan(AuditQuery.all(), unkeyed::accept);
        return unkeyed.finish(log.head()).intact();
    }

    private void insertRaw(AuditEntry entry, String seal) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_event (seq, occurred_at,"
                     + " actor, action, subject, outcome, reason_codes, details, previous_hash, hash, seal)"
                     + " VALUES (?, ?, ?, ?, NULL, ?, '', '{}', ?, ?, ?)")) {
            insert.setLong(1, entry.sequence());
            insert.setObject(2, LocalDateTime.ofInstant(entry.occurredAt(), ZoneOffset.UTC));
            insert.setString(3, entry.event().actor());
            insert.setString(4, entry.event().action());
            insert.setString(5, entry.event().outcome());
            insert.setString(6, entry.previousHash());
            insert.setString(7, entry.hash());
            insert.setString(8, seal);
            insert.executeUpdate();
        }
    }

    @Test
    void anEmptyLogIsIntact() {
        ChainVerification verification = log.verifyChain();
        assertTrue(verification.intact());
        assertEquals(Optional.empty(), verification.firstBreak());
        assertEquals(ChainHead.genesis(), log.head());
    }
}
