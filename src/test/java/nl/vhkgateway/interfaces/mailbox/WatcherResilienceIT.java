package nl.vhkgateway.interfaces.mailbox;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import nl.vhkgateway.application.mailflow.MailSendException;
import nl.vhkgateway.application.mailflow.MailSender;
import nl.vhkgateway.application.mailflow.ProcessingObserver;
import nl.vhkgateway.infrastructure.mail.MailAccount;
import nl.vhkgateway.infrastructure.mail.MailSecurity;
import nl.vhkgateway.infrastructure.mail.MailServerSettings;
import nl.vhkgateway.infrastructure.mail.SmtpMailSender;
import nl.vhkgateway.testsupport.IntakeBench;
import nl.vhkgateway.testsupport.TcpProxy;
import nl.vhkgateway.testsupport.TestMail;
import nl.vhkgateway.testsupport.TestServerNoise;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig;
import static nl.vhkgateway.testsupport.TestMail.INTAKE;
import static nl.vhkgateway.testsupport.TestMail.PASSWORD;
import static nl.vhkgateway.testsupport.TestMail.VOORZITTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import nl.vhkgateway.bootstrap.MailflowAssembly;

/**
 * The watcher over a long, uneven life (issue 13): many IDLE renewals, quiet spells after which the mail server has
 * dropped the idle store connection (the cause of "NO UID failed. Command not valid in this state"), and outages of
 * the mail server, injected with a {@link TcpProxy} in front of GreenMail's IMAP port. Every card must be handled
 * within seconds, also right after an outage; health (the watcher's status) must report the outage while it lasts,
 * with its next attempt, and be clean again afterwards.
 */
class WatcherResilienceIT {

    /** Generous bound for "within seconds" on a loaded 2-core machine; the measured times are printed. */
    private static final Duration WITHIN = Duration.ofSeconds(8);

    private GreenMail greenMail;
    private TcpProxy proxy;
    private MailflowAssembly intake;

    @AfterEach
    void stopEverything() throws InterruptedException {
        if (intake != null) {
            intake.stop();
            intake.awaitStopped(Duration.ofSeconds(10));
        }
        if (proxy != null) {
            proxy.close();
        }
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    @Test
    void everyCardIsHandledWithinSecondsThroughIdleWakeUpsDroppedIdleConnectionsAndOutages() throws Exception {
        greenMail = startGreenMail();
        proxy = new TcpProxy(greenMail.getImap().getPort());
        // A server that drops connections idle for 1.5 s: the INBOX connection renews its IDLE every 0.5 s and stays
        // up; Angus' separate store connection idles and is dropped between cards, as on the demo after a quiet spell.
        proxy.dropIdleAfter(Duration.ofMillis(1500));
        IntakeBench bench = new IntakeBench(greenMail, "vhk_it_watcherresilience");
        intake = bench.assembly(ProcessingObserver.NONE, b -> b
                .intakeMailbox(throughProxy())
                .watcherSettings(WatcherSettings.defaults().withIdleRenewal(Duration.ofMillis(500))
                        .withReconnect(Duration.ofMillis(100), Duration.ofSeconds(1))));
        intake.watcher().start(Executors.defaultThreadFactory());
        intake.dispatchLoop().start(Executors.defaultThreadFactory());
        TestMail.await("watcher connected", WITHIN, () -> intake.watcher().status().connected());

        List<Long> quietLatencies = new ArrayList<>();
        int delivered = 0;
        for (int i = 1; i <= 8; i++) {
            Thread.sleep(2_000); // a quiet spell longer than the server's idle limit
            long start = System.nanoTime();
            TestMail.deliverToIntake(greenMail, TestMail.cardMessage("Kaart " + i, true, i));
            int expected = ++delivered;
            TestMail.await("card " + i + " delivered", WITHIN, () -> bench.voorzitterInbox().size() == expected);
            quietLatencies.add((System.nanoTime() - start) / 1_000_000);
            assertEquals(0, intake.watcher().status().consecutiveFailures(),
                    "no pass failed after a quiet spell: " + intake.watcher().status().lastProblem());
        }
        assertTrue(proxy.droppedIdle() > 0, "the idle store connection was dropped at least once");

        List<Long> afterOutage = new ArrayList<>();
        for (int outage = 1; outage <= 3; outage++) {
            proxy.outage();
            // one status snapshot for the checks: a second status() call may fall in a reconnect attempt, when no
            // next attempt is scheduled (seen on the loaded build machine)
            java.util.concurrent.atomic.AtomicReference<WorkerStatus> seen = new java.util.concurrent.atomic.AtomicReference<>();
            TestMail.await("health reports the outage", WITHIN, () -> {
                WorkerStatus now = intake.watcher().status();
                seen.set(now);
                return now.degradation().isPresent();
            });
            WorkerStatus during = seen.get();
            assertTrue(during.nextAttemptAt().isPresent(), "the next attempt is shown");
            assertTrue(during.degradation().get().contains("next attempt at"), during.degradation().get());
            TestMail.deliverToIntake(greenMail, TestMail.cardMessage("Kaart tijdens storing " + outage, true, 100 + outage));
            Thread.sleep(3_000); // the outage lasts: several reconnect attempts fail, the backoff grows
            // between two failed attempts (not in the moment of an attempt itself, when no next attempt is scheduled)
            TestMail.await("still DEGRADED while the outage lasts", WITHIN,
                    () -> intake.watcher().status().degradation().isPresent());
            int expected = ++delivered;
            long restored = System.nanoTime();
            proxy.restore();
            TestMail.await("card mailed during outage " + outage + " delivered after it", WITHIN,
                    () -> bench.voorzitterInbox().size() == expected);
            afterOutage.add((System.nanoTime() - restored) / 1_000_000);
            TestMail.await("health clean again", WITHIN, () -> intake.watcher().status().degradation().isEmpty()
                    && intake.watcher().status().consecutiveFailures() == 0);
        }
        System.out.println("WatcherResilienceIT: latency after a quiet spell (ms) " + quietLatencies
                + "; from the end of an outage to delivery (ms) " + afterOutage
                + "; idle connections dropped by the server: " + proxy.droppedIdle());
        TestMail.await("INBOX empty", WITHIN, () -> TestMail.folder(greenMail, INTAKE, "INBOX").isEmpty());
        bench.assertEveryMessageDeliveredOnce(delivered);
    }

    @Test
    void aBurstIsScreenedAndSentByConcurrentWorkersEveryCardExactlyOnce() throws Exception {
        greenMail = startGreenMail();
        IntakeBench bench = new IntakeBench(greenMail, "vhk_it_watcherresilience");
        intake = bench.assembly(ProcessingObserver.NONE, b -> b
                .watcherSettings(WatcherSettings.defaults().withWorkers(4))
                .dispatchInterval(Duration.ofMillis(100))); // the dispatch loop races the workers for the same submissions
        bench.deliver(40);
        long start = System.nanoTime();
        intake.watcher().start(Executors.defaultThreadFactory());
        intake.dispatchLoop().start(Executors.defaultThreadFactory());
        TestMail.await("40 cards delivered and moved", Duration.ofSeconds(90), () -> bench.voorzitterInbox().size() >= 40
                && TestMail.folder(greenMail, INTAKE, "INBOX").isEmpty());
        System.out.println("WatcherResilienceIT: 40 cards with 4 workers in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        Thread.sleep(500); // a late duplicate would show here
        bench.assertEveryMessageDeliveredOnce(40);
    }

    @Test
    void aCardThatCannotBeDeliveredShowsAsWaitingSinceTheFirstPassThatSawIt() throws Exception {
        greenMail = startGreenMail();
        IntakeBench bench = new IntakeBench(greenMail, "vhk_it_watcherresilience");
        AtomicBoolean smtpDown = new AtomicBoolean(true);
        MailSender real = new SmtpMailSender(TestMail.smtpAccount(greenMail));
        MailSender flaky = new MailSender() {
            @Override
            public void send(nl.vhkgateway.domain.mail.MailAddress from, List<nl.vhkgateway.domain.mail.MailAddress> to,
                             byte[] raw) throws MailSendException {
                if (smtpDown.get()) {
                    throw new MailSendException("SMTP server unreachable (test)", null, false);
                }
                real.send(from, to, raw);
            }

            @Override
            public String describe() {
                return "flaky SMTP (test)";
            }
        };
        intake = bench.assembly(ProcessingObserver.NONE, b -> b.sender(flaky)
                .watcherSettings(WatcherSettings.defaults().withIdleRenewal(Duration.ofMillis(300))));
        intake.watcher().start(Executors.defaultThreadFactory());
        TestMail.await("watcher connected", WITHIN, () -> intake.watcher().status().connected());
        bench.deliver(1);
        TestMail.await("the card shows as waiting", WITHIN, () -> intake.watcher().status().oldestWaitingSince().isPresent());
        var since = intake.watcher().status().oldestWaitingSince().get();
        bench.clock().advance(Duration.ofMinutes(2));
        Thread.sleep(1_000); // several passes (IDLE renewals) later the first-seen time is unchanged
        assertEquals(since, intake.watcher().status().oldestWaitingSince().orElseThrow(), "first seen, not last seen");

        smtpDown.set(false);
        bench.clock().advance(Duration.ofHours(1)); // past the retry backoff
        intake.pipeline().processDue();
        TestMail.await("delivered and no longer waiting", WITHIN, () -> bench.voorzitterInbox().size() == 1
                && intake.watcher().status().oldestWaitingSince().isEmpty());
    }

    private MailAccount throughProxy() {
        return new MailAccount(new MailServerSettings("127.0.0.1", proxy.port(), MailSecurity.NONE,
                Duration.ofSeconds(5), Duration.ofSeconds(10)), INTAKE, PASSWORD);
    }

    private static GreenMail startGreenMail() {
        // the proxy cuts IMAP connections on purpose: GreenMail's handler threads then die with a stack trace
        TestServerNoise.routeMailServerThreadsToFile();
        GreenMail server = new GreenMail(new ServerSetup[] {
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort(),
                new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_IMAP).dynamicPort()});
        server.withConfiguration(aConfig().withUser(INTAKE, INTAKE, PASSWORD).withUser(VOORZITTER, VOORZITTER, PASSWORD));
        server.start();
        return server;
    }
}
