package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.application.audit.AuditExporter;
import nl.vhkgateway.application.audit.ExportFormat;
import nl.vhkgateway.domain.audit.AuditChain;
import nl.vhkgateway.domain.audit.AuditEntry;
import nl.vhkgateway.domain.audit.AuditEvent;
import nl.vhkgateway.domain.audit.AuditQuery;
import nl.vhkgateway.domain.audit.ChainBreak;
import nl.vhkgateway.domain.audit.ChainHead;
import nl.vhkgateway.domain.audit.ChainVerification;
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
        log = new JdbcAuditLog(dataSource, Clock.systemUTC());
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
                    for (int i = 0; i < perThread; i++) {
                        log.append(event(thread * 1000 + i));
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

        // ...but the next row still points at row 5.
        assertEquals(new ChainBreak(7, ChainBreak.Kind.LINK_BROKEN), firstBreak());
    }

    @Test
    void detectsARowAddedAtTheEndBehindTheLogsBack() throws SQLException {
        appendTen();
        insert(AuditChain.next(log.head(), T0, event(99)));

        assertEquals(new ChainBreak(10, ChainBreak.Kind.HEAD_MISMATCH), firstBreak());
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

    @Test
    void anEmptyLogIsIntact() {
        ChainVerification verification = log.verifyChain();
        assertTrue(verification.intact());
        assertEquals(Optional.empty(), verification.firstBreak());
        assertEquals(ChainHead.genesis(), log.head());
    }
}
