package nl.vhkgateway.interfaces.mailbox;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import nl.vhkgateway.application.mailflow.ProcessingObserver;
import nl.vhkgateway.infrastructure.mail.ImapOptions;
import nl.vhkgateway.testsupport.IntakeBench;
import nl.vhkgateway.testsupport.TestMail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;

import static com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig;
import static nl.vhkgateway.testsupport.TestMail.INTAKE;
import static nl.vhkgateway.testsupport.TestMail.PASSWORD;
import static nl.vhkgateway.testsupport.TestMail.VOORZITTER;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import nl.vhkgateway.bootstrap.MailflowAssembly;

/**
 * The watcher and dispatch loop running on their own threads, as in the gateway: IMAP IDLE and polling, delivery
 * within seconds, reconnecting after the mail server went away, and a prompt, clean stop.
 */
class MailboxWatcherIT {

    private static final ThreadFactory THREADS = Executors.defaultThreadFactory();
    private static final Duration WITHIN = Duration.ofSeconds(10);

    private GreenMail greenMail;
    private MailflowAssembly intake;

    @AfterEach
    void stopEverything() throws InterruptedException {
        if (intake != null) {
            intake.stop();
            intake.awaitStopped(Duration.ofSeconds(10));
        }
        if (greenMail != null) {
            greenMail.stop();
        }
    }

    @Test
    void withIdleAMessageReachesTheVoorzitterWithinSecondsAndTheWatcherStopsPromptly() throws InterruptedException {
        greenMail = startGreenMail(freePort(), freePort());
        IntakeBench bench = new IntakeBench(greenMail, "vhk_it_mailboxwatcher");
        intake = bench.assembly(ProcessingObserver.NONE);
        start(intake);
        TestMail.await("watcher connected", WITHIN, () -> intake.watcher().status().connected());
        assertTrue(intake.watcher().status().usingIdle());

        bench.deliver(1);
        TestMail.await("delivered to the voorzitter and moved", WITHIN, () -> bench.voorzitterInbox().size() == 1
                && TestMail.folder(greenMail, INTAKE, "Verwerkt").size() == 1);
        bench.deliver(1);
        TestMail.await("second delivered and moved", WITHIN, () -> bench.voorzitterInbox().size() == 2
                && TestMail.folder(greenMail, INTAKE, "Verwerkt").size() == 2);

        long start = System.nanoTime();
        intake.stop();
        assertTrue(intake.awaitStopped(Duration.ofSeconds(5)), "stops while in IDLE");
        assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(5)) < 0);
        assertFalse(intake.watcher().status().running());
        assertFalse(intake.dispatchLoop().status().running());
        bench.assertEveryMessageDeliveredOnce(2);
    }

    @Test
    void withoutIdleItPollsAndReconnectsAfterTheMailServerWasGone() throws InterruptedException, IOException {
        int smtpPort = freePort();
        int imapPort = freePort();
        greenMail = startGreenMail(smtpPort, imapPort);
        IntakeBench bench = new IntakeBench(greenMail, "vhk_it_mailboxwatcher");
        intake = bench.assembly(ProcessingObserver.NONE, b -> b
                .imapOptions(ImapOptions.defaults().withUseIdle(false))
                .watcherSettings(WatcherSettings.defaults().withPollInterval(Duration.ofMillis(200))
                        .withReconnect(Duration.ofMillis(100), Duration.ofMillis(400)))
                .dispatchInterval(Duration.ofMillis(500)));
        start(intake);
        TestMail.await("watcher connected", WITHIN, () -> intake.watcher().status().connected());
        assertFalse(intake.watcher().status().usingIdle());
        bench.deliver(1);
        TestMail.await("delivered by polling", WITHIN, () -> bench.voorzitterInbox().size() == 1);

        greenMail.stop();
        TestMail.await("the watcher notices the mail server is gone", WITHIN,
                () -> intake.watcher().status().consecutiveFailures() > 0);
        assertTrue(intake.watcher().status().lastProblem().isPresent());

        greenMail = startGreenMail(smtpPort, imapPort);
        TestMail.await("reconnected", WITHIN, () -> intake.watcher().status().healthy());
        TestMail.deliverToIntake(greenMail, TestMail.cardMessage("Kaart na herstart", true, 99));
        TestMail.await("delivered after the reconnect", WITHIN,
                () -> TestMail.folder(greenMail, VOORZITTER, "INBOX").size() == 1
                        && TestMail.folder(greenMail, INTAKE, "INBOX").isEmpty());
    }

    private static void start(MailflowAssembly intake) {
        intake.watcher().start(THREADS);
        intake.dispatchLoop().start(THREADS);
    }

    private static GreenMail startGreenMail(int smtpPort, int imapPort) {
        GreenMail server = new GreenMail(new ServerSetup[] {
                new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        server.withConfiguration(aConfig().withUser(INTAKE, INTAKE, PASSWORD).withUser(VOORZITTER, VOORZITTER, PASSWORD));
        server.start();
        return server;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
