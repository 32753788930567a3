package nl.vhkgateway.application.mailflow;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import nl.vhkgateway.application.leadership.Leadership;
import nl.vhkgateway.application.leadership.LeadershipRole;
import nl.vhkgateway.application.mailflow.InDoubtDeliveries.Resolution;
import nl.vhkgateway.bootstrap.MailflowAssembly;
import nl.vhkgateway.bootstrap.Repositories;
import nl.vhkgateway.domain.audit.AuditEntry;
import nl.vhkgateway.domain.audit.AuditKey;
import nl.vhkgateway.domain.audit.AuditQuery;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.OutboxMessage;
import nl.vhkgateway.domain.outbox.OutboxState;
import nl.vhkgateway.domain.submission.SubmissionState;
import nl.vhkgateway.infrastructure.mail.ImapDeliveryProbe;
import nl.vhkgateway.infrastructure.mail.MailAccount;
import nl.vhkgateway.infrastructure.mail.MailSecurity;
import nl.vhkgateway.infrastructure.mail.MailServerSettings;
import nl.vhkgateway.infrastructure.persistence.FencingDataSource;
import nl.vhkgateway.infrastructure.persistence.JdbcAuditLog;
import nl.vhkgateway.infrastructure.persistence.JdbcLeaseStore;
import nl.vhkgateway.testsupport.CrashAt;
import nl.vhkgateway.testsupport.IntakeBench;
import nl.vhkgateway.testsupport.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig;
import static nl.vhkgateway.testsupport.TestMail.INTAKE;
import static nl.vhkgateway.testsupport.TestMail.PASSWORD;
import static nl.vhkgateway.testsupport.TestMail.VOORZITTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A dead leader's sending claim on the real MariaDB and GreenMail (issue 12): leader A claims the voorzitter's mail
 * and "dies" (a {@link CrashAt} hook; A's clock is frozen, so it never renews and never notices) either right after
 * the SMTP server accepted the mail (ADR 0001's window) or right before sending. Instance B takes over the lease and,
 * with the application clock standing still (so the five-minute sending lease has <em>not</em> passed), takes over
 * A's claim at once; the message is in doubt, so B first asks the voorzitter's mailbox over IMAP
 * ({@link ImapDeliveryProbe}, SEARCH HEADER Message-ID). The current leadership's claim is not taken over while a
 * thread works on it; one that no thread of the process works on any more is reopened at once, in doubt.
 */
class InDoubtTakeoverIT {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(aConfig().withUser(INTAKE, INTAKE, PASSWORD).withUser(VOORZITTER, VOORZITTER, PASSWORD));

    /** A's lease: short, so that B takes over within seconds. */
    private static final Duration SHORT_LEASE = Duration.ofSeconds(2);
    private static final Duration LEASE = Duration.ofSeconds(15);

    private IntakeBench bench;
    private JdbcLeaseStore leases;
    private final AtomicLong frozenNanos = new AtomicLong(System.nanoTime());
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();

    @BeforeEach
    void oneCardInTheIntake() {
        bench = new IntakeBench(GREEN_MAIL, "vhk_it_indoubt_takeover");
        leases = new JdbcLeaseStore(bench.dataSource());
        bench.deliver(1);
    }

    @AfterEach
    void stopTicking() {
        ticker.shutdownNow();
    }

    @Test
    void aMailThatAlreadyReachedTheVoorzitterIsNotSentAgain() {
        Leadership a = deadLeaderAfterItsCrashAt(ProcessingPoint.AFTER_SEND);
        assertEquals(1, bench.voorzitterInbox().size(), "A's SMTP server accepted the mail before A died");

        Leadership b = newLeader("gw-b");
        JdbcAuditLog audit = auditOf(b);
        InDoubtDeliveries inDoubt = new InDoubtDeliveries(voorzitterProbe(), audit, "system:outbox");
        processAsLeader(b, inDoubt);

        assertExactlyOnceAtTheVoorzitter();
        OutboxMessage message = onlyOutboxMessage(b);
        assertEquals(OutboxState.SENT, message.state());
        assertEquals(2, message.attempts(), "A's claim and B's takeover");
        assertEquals(1, inDoubt.count(Resolution.DELIVERED));
        assertEquals(List.of("DELIVERY_CONFIRMED"), inDoubtOutcomes(audit));
        assertTrue(a.holds(LeadershipRole.INTAKE), "A (paused) still believes it leads: the takeover did not wait for it");
    }

    @Test
    void aMailThatDidNotReachTheVoorzitterIsSentOnce() {
        deadLeaderAfterItsCrashAt(ProcessingPoint.BEFORE_SEND);
        assertEquals(0, bench.voorzitterInbox().size());

        Leadership b = newLeader("gw-b");
        JdbcAuditLog audit = auditOf(b);
        InDoubtDeliveries inDoubt = new InDoubtDeliveries(voorzitterProbe(), audit, "system:outbox");
        processAsLeader(b, inDoubt);

        assertExactlyOnceAtTheVoorzitter();
        assertEquals(1, inDoubt.count(Resolution.NOT_DELIVERED));
        assertEquals(List.of("NOT_DELIVERED_RESENT"), inDoubtOutcomes(audit));
    }

    @Test
    void withoutAProbeTheMailInDoubtIsResentWithTheSameMessageIdAndCounted() {
        deadLeaderAfterItsCrashAt(ProcessingPoint.AFTER_SEND);

        Leadership b = newLeader("gw-b");
        JdbcAuditLog audit = auditOf(b);
        InDoubtDeliveries inDoubt = new InDoubtDeliveries(DeliveryProbe.NONE, audit, "system:outbox");
        processAsLeader(b, inDoubt);

        List<MimeMessage> received = bench.voorzitterInbox();
        assertEquals(2, received.size(), "the duplicate that ADR 0001 accepts where no probe is configured");
        assertEquals(TestMail.header(received.get(0), "Message-ID"), TestMail.header(received.get(1), "Message-ID"));
        assertEquals(1, inDoubt.count(Resolution.UNVERIFIED));
        assertEquals(List.of("RESENT_IN_DOUBT"), inDoubtOutcomes(audit));
    }

    @Test
    void aClaimOfTheCurrentLeadershipIsNotTakenOverWhileItsThreadWorksOnIt() throws Exception {
        Leadership a = new Leadership("gw-a", leases, LEASE);
        keepRenewing(a);
        CountDownLatch atTheSend = new CountDownLatch(1);
        CountDownLatch goOn = new CountDownLatch(1);
        ProcessingObserver slowSmtp = point -> {
            if (point == ProcessingPoint.BEFORE_SEND) {
                atTheSend.countDown();
                await(goOn);
            }
        };
        MailflowAssembly working = assemblyOf(a, InDoubtDeliveries.unprobed(), slowSmtp);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> runAsIntake(() -> IntakeBench.inboxPass(working)));
        assertTrue(atTheSend.await(60, TimeUnit.SECONDS), "A's worker claimed the mail and is about to send it");

        Leadership b = new Leadership("gw-b", leases, LEASE);
        b.tick();
        assertTrue(!b.holds(LeadershipRole.INTAKE), "A still leads");
        InDoubtDeliveries inDoubt = new InDoubtDeliveries(voorzitterProbe(), auditOf(a), "system:outbox");
        MailflowAssembly sameLeader = assemblyOf(a, inDoubt, ProcessingObserver.NONE);
        runAsIntake(() -> sameLeader.pipeline().processDue());
        assertEquals(OutboxState.SENDING, onlyOutboxMessage(a).state(), "another dispatcher of the current leadership"
                + " leaves the claim alone while a thread works on it");
        assertEquals(0, inDoubt.count(Resolution.NOT_DELIVERED) + inDoubt.count(Resolution.UNVERIFIED));

        goOn.countDown();
        first.get(60, TimeUnit.SECONDS);
        runAsIntake(() -> IntakeBench.inboxPass(sameLeader));
        assertExactlyOnceAtTheVoorzitter();
    }

    @Test
    void aClaimThisProcessAbandonedIsReopenedAtOnceAndInDoubt() {
        // a worker of the current leader fails between its claim and any outcome (as when its database connection
        // breaks mid-dispatch): its own process reopens the claim on the next dispatch round, not after 5 minutes
        Leadership a = new Leadership("gw-a", leases, LEASE);
        keepRenewing(a);
        MailflowAssembly failing = assemblyOf(a, InDoubtDeliveries.unprobed(), CrashAt.throwing(ProcessingPoint.AFTER_SEND, 1));
        runAsIntake(() -> assertThrows(CrashAt.SimulatedCrash.class, () -> IntakeBench.inboxPass(failing)));
        assertEquals(OutboxState.SENDING, onlyOutboxMessage(a).state());

        JdbcAuditLog audit = auditOf(a);
        InDoubtDeliveries inDoubt = new InDoubtDeliveries(voorzitterProbe(), audit, "system:outbox");
        processAsLeader(a, inDoubt);

        assertExactlyOnceAtTheVoorzitter();
        assertEquals(List.of("DELIVERY_CONFIRMED"), inDoubtOutcomes(audit));
    }

    /** Leader A (clock frozen: it never notices its lease ran out) processes the card and dies at {@code point}. */
    private Leadership deadLeaderAfterItsCrashAt(ProcessingPoint point) {
        Leadership a = new Leadership("gw-a", leases, SHORT_LEASE, frozenNanos::get);
        a.tick();
        MailflowAssembly crashing = assemblyOf(a, InDoubtDeliveries.unprobed(), CrashAt.throwing(point, 1));
        runAsIntake(() -> assertThrows(CrashAt.SimulatedCrash.class, () -> IntakeBench.inboxPass(crashing)));
        assertEquals(OutboxState.SENDING, onlyOutboxMessage(a).state(), "A's claim is left behind");
        return a;
    }

    /** Another instance that takes over the intake once A's lease has expired, and keeps renewing. */
    private Leadership newLeader(String id) {
        Leadership b = new Leadership(id, leases, LEASE);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!b.holds(LeadershipRole.INTAKE)) {
            assertTrue(System.nanoTime() < deadline, id + " did not take over within 60 s");
            b.tick();
            sleep(200);
        }
        keepRenewing(b);
        return b;
    }

    private void processAsLeader(Leadership leader, InDoubtDeliveries inDoubt) {
        MailflowAssembly assembly = assemblyOf(leader, inDoubt, ProcessingObserver.NONE);
        runAsIntake(() -> {
            assembly.pipeline().processDue();
            IntakeBench.inboxPass(assembly);
        });
    }

    private MailflowAssembly assemblyOf(Leadership leader, InDoubtDeliveries inDoubt, ProcessingObserver observer) {
        Repositories repositories = new Repositories(new FencingDataSource(bench.dataSource(), leader), bench.clock());
        return bench.assembly(observer, builder -> builder.repositories(repositories).inDoubt(inDoubt));
    }

    private JdbcAuditLog auditOf(Leadership leader) {
        return new JdbcAuditLog(new FencingDataSource(bench.dataSource(), leader), bench.clock(), AuditKey.random());
    }

    private static DeliveryProbe voorzitterProbe() {
        MailAccount voorzitter = new MailAccount(new MailServerSettings("127.0.0.1", GREEN_MAIL.getImap().getPort(),
                MailSecurity.NONE, Duration.ofSeconds(5), Duration.ofSeconds(10)), VOORZITTER, PASSWORD);
        return new ImapDeliveryProbe(Map.of(MailAddress.of(VOORZITTER),
                new ImapDeliveryProbe.ProbeMailbox(voorzitter, List.of("INBOX"))));
    }

    private void keepRenewing(Leadership leader) {
        ticker.scheduleWithFixedDelay(leader::tick, 0, leader.renewInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    private OutboxMessage onlyOutboxMessage(Leadership leader) {
        MailflowAssembly view = assemblyOf(leader, InDoubtDeliveries.unprobed(), ProcessingObserver.NONE);
        List<OutboxMessage> all = new ArrayList<>();
        for (SubmissionState state : SubmissionState.values()) {
            view.administration().inState(state, 10).forEach(s -> all.addAll(view.administration().outgoing(s.id())));
        }
        assertEquals(1, all.size(), all.toString());
        return all.get(0);
    }

    private void assertExactlyOnceAtTheVoorzitter() {
        TestMail.await("the original left the intake INBOX", Duration.ofSeconds(10),
                () -> TestMail.folder(GREEN_MAIL, INTAKE, "INBOX").isEmpty());
        bench.assertEveryMessageDeliveredOnce(1);
    }

    private static List<String> inDoubtOutcomes(JdbcAuditLog audit) {
        return audit.find(AuditQuery.all().withAction(InDoubtDeliveries.AUDIT_ACTION)).stream()
                .map(AuditEntry::event).map(e -> e.outcome()).toList();
    }

    private static void runAsIntake(Runnable work) {
        FencingDataSource.runAs(LeadershipRole.INTAKE, work);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(60, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
