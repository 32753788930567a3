package nl.vhkgateway.infrastructure.persistence;

import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.OutboxClaimant;
import nl.vhkgateway.domain.outbox.OutboxClaimant.Claimant;
import nl.vhkgateway.domain.outbox.OutboxMessageId;
import nl.vhkgateway.domain.outbox.OutboxRepository.ClaimedMessage;
import nl.vhkgateway.domain.outbox.OutgoingMessage;
import nl.vhkgateway.testsupport.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The takeover rule of a sending claim on the real MariaDB (issue 12, migration V23): a claim records the leadership
 * under which it was made; a claimant with a higher fencing token of the same role (a newer leader, another process)
 * takes it over at once and the message is then in doubt; the current leadership's claims, a process's own older
 * claims, another role's claims and claims made outside a leader wait for the sending lease as before.
 */
class OutboxClaimTakeoverIT {

    private static final Duration SENDING_LEASE = Duration.ofMinutes(5);
    private static final Claimant OLD_LEADER = new Claimant("intake", 5, "gw1/aaaa1111");
    private static final Claimant NEW_LEADER = new Claimant("intake", 6, "gw2/bbbb2222");

    private DataSource dataSource;
    private JdbcTransactions jdbc;
    private OutboxMessageId id;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @BeforeEach
    void oneMessageClaimedByTheOldLeader() {
        dataSource = TestDatabase.fresh("outbox_takeover");
        jdbc = new JdbcTransactions(dataSource);
        id = outbox(OutboxClaimant.NONE).add(Optional.empty(), List.of(new OutgoingMessage("FORWARD_VOORZITTER",
                "<vhk.1.forward_voorzitter.abc@gateway.test>", MailAddress.of("veiligheidsteam@gateway.test"),
                List.of(MailAddress.of("voorzitter@vht.test")), "Subject: x\r\n\r\ny\r\n".getBytes(StandardCharsets.US_ASCII))),
                now).get(0);
    }

    @Test
    void aNewerLeaderTakesOverAtOnceAndTheMessageIsInDoubt() throws SQLException {
        ClaimedMessage first = claim(OLD_LEADER, now).orElseThrow();
        assertFalse(first.inDoubt(), "a first claim is not in doubt");
        assertEquals(List.of("intake", "5", "gw1/aaaa1111", "0"), claimColumns());

        Instant aMomentLater = now.plusSeconds(20); // far within the sending lease
        assertEquals(List.of(id), outbox(fixed(NEW_LEADER)).findClaimable(aMomentLater, aMomentLater.minus(SENDING_LEASE), 10));
        ClaimedMessage takenOver = claim(NEW_LEADER, aMomentLater).orElseThrow();

        assertTrue(takenOver.inDoubt(), "taken over while SENDING: its SMTP outcome is unknown");
        assertEquals(2, takenOver.message().attempts());
        assertEquals(List.of("intake", "6", "gw2/bbbb2222", "1"), claimColumns());
        assertTrue(claim(OLD_LEADER, aMomentLater).isEmpty(), "the old leader cannot claim it back");
    }

    @Test
    void aClaimOfTheCurrentLeadershipIsNotTakenOver() {
        claim(NEW_LEADER, now).orElseThrow();
        Instant later = now.plusSeconds(60);
        Claimant otherProcessSameToken = new Claimant("intake", 6, "gw3/cccc3333");
        assertTrue(outbox(fixed(otherProcessSameToken)).findClaimable(later, later.minus(SENDING_LEASE), 10).isEmpty());
        assertTrue(claim(otherProcessSameToken, later).isEmpty());
        assertTrue(claim(NEW_LEADER, later).isEmpty(), "nor by another thread of the same leader");
    }

    @Test
    void aProcessDoesNotTakeOverItsOwnOlderClaimAtOnce() {
        claim(OLD_LEADER, now).orElseThrow();
        Claimant sameProcessReacquired = new Claimant("intake", 9, OLD_LEADER.process());
        assertTrue(claim(sameProcessReacquired, now.plusSeconds(60)).isEmpty(),
                "one of its threads may still be sending it");
    }

    @Test
    void anotherRolesTokenSaysNothingAboutThisClaim() {
        claim(OLD_LEADER, now).orElseThrow();
        assertTrue(claim(new Claimant("handover", 99, "gw2/bbbb2222"), now.plusSeconds(60)).isEmpty());
    }

    @Test
    void withoutALeadershipOnEitherSideTheSendingLeaseStillRules() {
        assertTrue(outbox(OutboxClaimant.NONE).claim(id, now, now.minus(SENDING_LEASE)).isPresent());
        assertTrue(claim(NEW_LEADER, now.plusSeconds(60)).isEmpty(), "a claim without a token is not superseded");

        Instant afterTheLease = now.plus(SENDING_LEASE).plusSeconds(1);
        ClaimedMessage stale = outbox(OutboxClaimant.NONE).claim(id, afterTheLease, afterTheLease.minus(SENDING_LEASE))
                .orElseThrow();
        assertTrue(stale.inDoubt(), "a claim taken over after the lease is in doubt too");
    }

    @Test
    void aRetriedMessageStaysInDoubtUntilItIsSent() throws SQLException {
        claim(OLD_LEADER, now).orElseThrow();
        claim(NEW_LEADER, now.plusSeconds(1)).orElseThrow();
        JdbcOutboxRepository outbox = outbox(fixed(NEW_LEADER));
        outbox.markRetry(id, now.plusSeconds(2), new nl.vhkgateway.domain.submission.ProcessingError("SEND_FAILED", "x"),
                now.plusSeconds(1));
        assertTrue(outbox.claim(id, now.plusSeconds(3), now.minus(SENDING_LEASE)).orElseThrow().inDoubt());
        outbox.markSent(id, now.plusSeconds(4));
        assertEquals("SENT", state());
    }

    private Optional<ClaimedMessage> claim(Claimant claimant, Instant at) {
        return outbox(fixed(claimant)).claim(id, at, at.minus(SENDING_LEASE));
    }

    private JdbcOutboxRepository outbox(OutboxClaimant claimant) {
        return new JdbcOutboxRepository(jdbc, "INTAKE", claimant);
    }

    private static OutboxClaimant fixed(Claimant claimant) {
        return () -> Optional.of(claimant);
    }

    private List<String> claimColumns() throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT claim_role, claim_token, claimed_by, in_doubt FROM outbox_message WHERE id = ?")) {
            s.setLong(1, id.value());
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return List.of(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
            }
        }
    }

    private String state() throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT state FROM outbox_message WHERE id = ?")) {
            s.setLong(1, id.value());
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }
}
