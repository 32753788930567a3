package nl.vhkgateway.application.mailflow;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import nl.vhkgateway.application.intake.routing.ForwardToVoorzitter;
import nl.vhkgateway.application.mailflow.RoutingPolicy;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.outbox.OutboxMessage;
import nl.vhkgateway.domain.outbox.OutboxState;
import nl.vhkgateway.domain.submission.ReasonCodes;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionState;
import nl.vhkgateway.bootstrap.MailflowAssembly;
import nl.vhkgateway.testsupport.IntakeBench;
import nl.vhkgateway.testsupport.LogCapture;
import nl.vhkgateway.testsupport.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig;
import static nl.vhkgateway.testsupport.TestMail.INTAKE;
import static nl.vhkgateway.testsupport.TestMail.PASSWORD;
import static nl.vhkgateway.testsupport.TestMail.VOORZITTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A message that keeps failing goes to ERROR after the configured number of attempts (with backoff between them),
 * never loops, never blocks the other messages, and is delivered once the beheerder reprocesses it after the cause
 * is fixed. Covers a failing routing step and an unreachable SMTP server.
 */
class PoisonMessageIT {

    private static final int MAX_ATTEMPTS = 3;
    private static final Duration BACKOFF = Duration.ofMinutes(1);

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(aConfig().withUser(INTAKE, INTAKE, PASSWORD).withUser(VOORZITTER, VOORZITTER, PASSWORD));

    private IntakeBench bench;

    @BeforeEach
    void freshDatabase() {
        bench = new IntakeBench(GREEN_MAIL, "vhk_it_poisonmessage");
    }

    @Test
    void aMessageTheRoutingStepCannotHandleEndsInErrorWhileTheOthersFlowAndCanBeReprocessed() {
        TestMail.deliverToIntake(GREEN_MAIL, TestMail.cardMessage("Kaart 1", true, 1));
        TestMail.deliverToIntake(GREEN_MAIL, TestMail.cardMessage("Kaart POISON", true, 2));
        TestMail.deliverToIntake(GREEN_MAIL, TestMail.cardMessage("Kaart 3", true, 3));
        TestMail.await("3 in INBOX", Duration.ofSeconds(5), () -> TestMail.folder(GREEN_MAIL, INTAKE, "INBOX").size() == 3);
        AtomicBoolean screenerBroken = new AtomicBoolean(true);
        RoutingPolicy forward = new ForwardToVoorzitter(MailAddress.of(INTAKE), MailAddress.of(VOORZITTER), bench.clock());
        RoutingPolicy breaksOnPoison = (submission, raw) -> {
            if (screenerBroken.get() && new String(raw, StandardCharsets.US_ASCII).contains("POISON")) {
                throw new IllegalStateException("screener crashed on this card");
            }
            return forward.decide(submission, raw);
        };

        try (LogCapture logs = new LogCapture()) {
            MailflowAssembly intake = bench.assembly(nl.vhkgateway.application.mailflow.ProcessingObserver.NONE, b -> b
                    .routing(breaksOnPoison)
                    .settings(MailflowSettings.defaults().withMaxAttempts(MAX_ATTEMPTS).withBackoff(BACKOFF, BACKOFF.multipliedBy(4))));

            InboxPassResult first = IntakeBench.inboxPass(intake);
            assertEquals(new InboxPassResult(3, 3, 2, 0), first, "the poison message does not stop the others");
            assertEquals(2, bench.voorzitterInbox().size());
            Submission poison = onlyInState(intake, SubmissionState.RECEIVED);
            assertEquals(1, poison.attempts());
            assertEquals(ReasonCodes.ROUTING_FAILED, poison.lastError().orElseThrow().code());

            IntakeBench.inboxPass(intake);
            intake.pipeline().processDue();
            assertEquals(1, intake.administration().find(poison.id()).orElseThrow().attempts(), "no retry before the backoff");

            bench.clock().advance(BACKOFF);
            intake.pipeline().processDue();
            assertEquals(2, intake.administration().find(poison.id()).orElseThrow().attempts());
            bench.clock().advance(BACKOFF.multipliedBy(2));
            IntakeBench.inboxPass(intake);

            Submission failed = intake.administration().find(poison.id()).orElseThrow();
            assertEquals(SubmissionState.ERROR, failed.state());
            assertEquals(MAX_ATTEMPTS, failed.attempts());
            assertEquals(List.of(failed.id()), intake.administration().errors(10).stream().map(Submission::id).toList());
            assertTrue(failed.lastError().orElseThrow().reason().contains("IllegalStateException"));

            bench.clock().advance(Duration.ofDays(1));
            IntakeBench.inboxPass(intake);
            intake.pipeline().processDue();
            assertEquals(MAX_ATTEMPTS, intake.administration().find(poison.id()).orElseThrow().attempts(), "no endless loop");
            assertEquals(1, TestMail.folder(GREEN_MAIL, INTAKE, "INBOX").size(), "the failed original stays in the INBOX");

            screenerBroken.set(false);
            Submission reprocessed = intake.administration().reprocess(poison.id());
            assertEquals(SubmissionState.RECEIVED, reprocessed.state());
            assertEquals(0, reprocessed.attempts());
            IntakeBench.inboxPass(intake);

            bench.assertEveryMessageDeliveredOnce(3);
            assertThrows(IllegalStateException.class, () -> intake.administration().reprocess(poison.id()),
                    "only a submission in ERROR can be reprocessed");
            assertTrue(intake.administration().history(poison.id()).stream()
                    .anyMatch(c -> c.to() == SubmissionState.ERROR && c.reasonCode().equals(ReasonCodes.MAX_ATTEMPTS_REACHED)));

            String logged = logs.all();
            assertFalse(logged.contains("POISON") || logged.contains("Kaart"), "subjects are never logged");
            assertFalse(logged.contains("deelnemer@"), "sender addresses are logged masked only");
            assertTrue(logged.contains("d********@roosendaal.test"));
        }
    }

    @Test
    void aMessageThatCannotBeSentEndsInErrorAndIsSentWithTheSameMessageIdAfterReprocessing() throws IOException {
        TestMail.deliverToIntake(GREEN_MAIL, TestMail.cardMessage("Kaart 1", true, 1));
        TestMail.await("1 in INBOX", Duration.ofSeconds(5), () -> TestMail.folder(GREEN_MAIL, INTAKE, "INBOX").size() == 1);
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        int smtpDown = deadPort;
        MailflowAssembly withSmtpDown = bench.assembly(nl.vhkgateway.application.mailflow.ProcessingObserver.NONE, b -> b
                .smtp(TestMail.smtpAccount(smtpDown))
                .settings(MailflowSettings.defaults().withMaxAttempts(2).withBackoff(BACKOFF, BACKOFF)));

        IntakeBench.inboxPass(withSmtpDown);
        Submission routed = onlyInState(withSmtpDown, SubmissionState.ROUTED);
        OutboxMessage pending = withSmtpDown.administration().outgoing(routed.id()).get(0);
        assertEquals(OutboxState.PENDING, pending.state());
        assertEquals(1, pending.attempts());
        bench.clock().advance(BACKOFF);
        withSmtpDown.pipeline().processDue();

        Submission failed = withSmtpDown.administration().find(routed.id()).orElseThrow();
        assertEquals(SubmissionState.ERROR, failed.state());
        assertEquals(ReasonCodes.SEND_FAILED, failed.lastError().orElseThrow().code());
        assertEquals(OutboxState.FAILED, withSmtpDown.administration().outgoing(routed.id()).get(0).state());
        assertEquals(0, bench.voorzitterInbox().size());

        MailflowAssembly afterRepair = bench.assembly(nl.vhkgateway.application.mailflow.ProcessingObserver.NONE);
        assertEquals(SubmissionState.ROUTED, afterRepair.administration().reprocess(routed.id()).state());
        afterRepair.pipeline().processDue();
        IntakeBench.inboxPass(afterRepair);

        bench.assertEveryMessageDeliveredOnce(1);
        assertEquals(pending.messageId(), TestMail.header(bench.voorzitterInbox().get(0), "Message-ID"));
    }

    @Test
    void aMessageTooLargeToStoreIsRecordedInErrorWithoutItsContentAndNeverRetried() {
        TestMail.deliverToIntake(GREEN_MAIL, TestMail.cardMessage("Kaart 1", true, 1));
        TestMail.await("1 in INBOX", Duration.ofSeconds(5), () -> TestMail.folder(GREEN_MAIL, INTAKE, "INBOX").size() == 1);
        MailflowAssembly intake = bench.assembly(nl.vhkgateway.application.mailflow.ProcessingObserver.NONE, b -> b
                .settings(MailflowSettings.defaults().withMaxMessageBytes(2048)));

        assertEquals(new InboxPassResult(1, 1, 0, 0), IntakeBench.inboxPass(intake));
        Submission tooLarge = onlyInState(intake, SubmissionState.ERROR);
        assertEquals(ReasonCodes.MESSAGE_TOO_LARGE, tooLarge.lastError().orElseThrow().code());
        assertTrue(tooLarge.size() > 2048);
        assertTrue(intake.submissions().rawMime(tooLarge.id()).isEmpty(), "content not stored");

        bench.clock().advance(Duration.ofDays(1));
        assertEquals(new InboxPassResult(1, 0, 0, 0), IntakeBench.inboxPass(intake));
        intake.pipeline().processDue();
        assertEquals(1, intake.administration().history(tooLarge.id()).size(), "nothing retried");
        assertEquals(0, bench.voorzitterInbox().size());
        assertEquals(1, TestMail.folder(GREEN_MAIL, INTAKE, "INBOX").size(), "the original stays for the beheerder");
    }

    private static Submission onlyInState(MailflowAssembly intake, SubmissionState state) {
        List<Submission> found = intake.administration().inState(state, 10);
        assertEquals(1, found.size(), "submissions in " + state);
        return found.get(0);
    }
}
