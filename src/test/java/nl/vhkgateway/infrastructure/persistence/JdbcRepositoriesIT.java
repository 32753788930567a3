package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.OutboxMessageId;
import nl.vhkgateway.domain.outbox.OutboxRepository.ClaimedMessage;
import nl.vhkgateway.domain.outbox.OutboxState;
import nl.vhkgateway.domain.outbox.OutgoingMessage;
import nl.vhkgateway.domain.submission.ConcurrentChangeException;
import nl.vhkgateway.domain.submission.IdempotencyKey;
import nl.vhkgateway.domain.submission.IncomingMessage;
import nl.vhkgateway.domain.submission.MailboxLocation;
import nl.vhkgateway.domain.submission.ReasonCodes;
import nl.vhkgateway.domain.submission.StoreOutcome;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionState;
import nl.vhkgateway.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JDBC repositories on a real MariaDB with the V1 schema: idempotent storing, guarded state changes, claims. */
class JdbcRepositoriesIT {

    private static final Instant NOW = Instant.parse("2026-11-23T10:15:30.123456Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private JdbcTransactions jdbc;
    private JdbcSubmissionRepository submissions;
    private JdbcOutboxRepository outbox;

    @BeforeEach
    void freshDatabase() {
        jdbc = new JdbcTransactions(TestDatabase.fresh("vhk_it_jdbcrepositories"));
        submissions = new JdbcSubmissionRepository(jdbc);
        outbox = new JdbcOutboxRepository(jdbc);
    }

    @Test
    void storingIsIdempotentOnMessageIdAndHash() {
        byte[] raw = "Message-ID: <a@b>\r\nSubject: x\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII);
        IncomingMessage message = incoming(raw, Optional.of("<a@b>"), 7);

        StoreOutcome first = submissions.storeIfAbsent(message, NOW);
        StoreOutcome again = submissions.storeIfAbsent(incoming(raw, Optional.of("<a@b>"), 9), NOW);
        byte[] changed = "Message-ID: <a@b>\r\nSubject: x\r\n\r\nother body\r\n".getBytes(StandardCharsets.US_ASCII);
        StoreOutcome sameIdOtherContent = submissions.storeIfAbsent(incoming(changed, Optional.of("<a@b>"), 8), NOW);

        assertTrue(first.created());
        assertFalse(again.created());
        assertEquals(first.submission().id(), again.submission().id());
        assertEquals(9, again.submission().location().orElseThrow().uid(), "location follows the message");
        assertTrue(sameIdOtherContent.created(), "same Message-ID, other content: another submission");

        Submission stored = first.submission();
        assertEquals(SubmissionState.RECEIVED, stored.state());
        assertEquals(NOW, stored.createdAt(), "microsecond precision, UTC");
        assertEquals(Optional.of(MailAddress.of("deelnemer@roosendaal.test")), stored.sender());
        assertEquals(raw.length, stored.size());
        assertArrayEquals(raw, submissions.rawMime(stored.id()).orElseThrow());
        assertEquals(1, submissions.history(stored.id()).size());
    }

    @Test
    void aMessageWithoutMessageIdGetsASyntheticKeyFromItsHash() {
        byte[] raw = "Subject: x\r\n\r\nbody\r\n".getBytes(StandardCharsets.US_ASCII);
        Submission stored = submissions.storeIfAbsent(incoming(raw, Optional.empty(), 1), NOW).submission();

        assertTrue(stored.key().syntheticMessageId());
        assertEquals("<sha256-" + stored.key().contentHash().hex() + "@no-message-id.invalid>", stored.key().messageId());
        assertFalse(submissions.storeIfAbsent(incoming(raw, Optional.empty(), 2), NOW).created());
    }

    @Test
    void aStateChangeFromAStaleStateIsRefusedAndLeavesNoHistory() {
        Submission stored = submissions.storeIfAbsent(incoming(bytes("x"), Optional.of("<x@y>"), 1), NOW).submission();
        submissions.changeState(stored.changeTo(SubmissionState.ROUTED, ReasonCodes.FORWARDED_UNSCREENED, NOW));

        assertThrows(ConcurrentChangeException.class,
                () -> submissions.changeState(stored.changeTo(SubmissionState.ERROR, ReasonCodes.ROUTING_FAILED, NOW)));
        assertEquals(SubmissionState.ROUTED, submissions.find(stored.id()).orElseThrow().state());
        assertEquals(2, submissions.history(stored.id()).size());
    }

    @Test
    void aTransactionThatThrowsLeavesNothingBehind() {
        Submission stored = submissions.storeIfAbsent(incoming(bytes("x"), Optional.of("<x@y>"), 1), NOW).submission();
        assertThrows(IllegalStateException.class, () -> jdbc.run(() -> {
            outbox.add(Optional.of(stored.id()), List.of(outgoing("<m1@gateway.test>")), NOW);
            submissions.changeState(stored.changeTo(SubmissionState.ROUTED, ReasonCodes.FORWARDED_UNSCREENED, NOW));
            throw new IllegalStateException("crash inside the transaction");
        }));
        assertEquals(SubmissionState.RECEIVED, submissions.find(stored.id()).orElseThrow().state());
        assertTrue(outbox.findBySubmission(stored.id()).isEmpty());
    }

    @Test
    void anOutboxMessageIsClaimedByOneDispatcherOnlyUntilItsLeaseExpires() throws Exception {
        Submission stored = submissions.storeIfAbsent(incoming(bytes("x"), Optional.of("<x@y>"), 1), NOW).submission();
        List<OutboxMessageId> ids = outbox.add(Optional.of(stored.id()), List.of(outgoing("<m1@gateway.test>")), NOW);
        assertEquals(ids, outbox.add(Optional.of(stored.id()), List.of(outgoing("<m1@gateway.test>")), NOW),
                "adding is idempotent on the Message-ID");
        OutboxMessageId id = ids.get(0);

        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<Optional<ClaimedMessage>>> attempts = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                Callable<Optional<ClaimedMessage>> claim = () -> outbox.claim(id, NOW, NOW.minus(LEASE));
                attempts.add(pool.submit(claim));
            }
            int winners = 0;
            for (Future<Optional<ClaimedMessage>> attempt : attempts) {
                winners += attempt.get().isPresent() ? 1 : 0;
            }
            assertEquals(1, winners, "exactly one concurrent claim wins");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(OutboxState.SENDING, outbox.find(id).orElseThrow().state());
        assertTrue(outbox.findClaimable(NOW.plusSeconds(60), NOW.plusSeconds(60).minus(LEASE), 10).isEmpty(),
                "a fresh claim is not taken over");

        Instant later = NOW.plus(LEASE).plusSeconds(1);
        ClaimedMessage reclaimed = outbox.claim(id, later, later.minus(LEASE)).orElseThrow();
        assertEquals(2, reclaimed.message().attempts(), "an expired claim is taken over and counted");
        assertArrayEquals(outgoing("<m1@gateway.test>").rawMime(), reclaimed.rawMime());
        outbox.markSent(id, later);
        assertEquals(OutboxState.SENT, outbox.find(id).orElseThrow().state());
        assertTrue(outbox.claim(id, later.plus(LEASE.multipliedBy(2)), later.plus(LEASE)).isEmpty(), "SENT is final");
    }

    @Test
    void aFailedOutboxMessageIsPendingAgainAfterReset() {
        Submission stored = submissions.storeIfAbsent(incoming(bytes("x"), Optional.of("<x@y>"), 1), NOW).submission();
        OutboxMessageId id = outbox.add(Optional.of(stored.id()), List.of(outgoing("<m1@gateway.test>")), NOW).get(0);
        outbox.claim(id, NOW, NOW.minus(LEASE)).orElseThrow();
        outbox.markFailed(id, new nl.vhkgateway.domain.submission.ProcessingError(ReasonCodes.SEND_FAILED,
                "550 rejected <voorzitter@vht.test>"), NOW);
        assertEquals("550 rejected <v*********@vht.test>", outbox.find(id).orElseThrow().lastError().orElseThrow().reason(),
                "addresses in stored errors are masked");

        assertEquals(1, outbox.resetFailed(stored.id(), NOW.plusSeconds(1)));
        assertEquals(OutboxState.PENDING, outbox.find(id).orElseThrow().state());
        assertEquals(0, outbox.find(id).orElseThrow().attempts());
        assertEquals(List.of(id), outbox.findClaimable(stored.id(), NOW.plusSeconds(1), NOW.minus(LEASE)));
    }

    private static IncomingMessage incoming(byte[] raw, Optional<String> messageId, long uid) {
        return new IncomingMessage(raw, IdempotencyKey.of(messageId, raw), Optional.of(MailAddress.of("deelnemer@roosendaal.test")),
                NOW.truncatedTo(ChronoUnit.SECONDS), new MailboxLocation("veiligheidsteam@gateway.test", "INBOX", 42, uid));
    }

    private static OutgoingMessage outgoing(String messageId) {
        return new OutgoingMessage("FORWARD_VOORZITTER", messageId, MailAddress.of("veiligheidsteam@gateway.test"),
                List.of(MailAddress.of("voorzitter@vht.test")), bytes("Message-ID: " + messageId + "\r\n\r\nhallo\r\n"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
