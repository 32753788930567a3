package nl.vhkgateway.application.mailflow;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import nl.vhkgateway.domain.outbox.OutboxMessage;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionState;
import nl.vhkgateway.bootstrap.MailflowAssembly;
import nl.vhkgateway.testsupport.CrashAt;
import nl.vhkgateway.testsupport.IntakeBench;
import nl.vhkgateway.testsupport.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig;
import static nl.vhkgateway.testsupport.TestMail.INTAKE;
import static nl.vhkgateway.testsupport.TestMail.PASSWORD;
import static nl.vhkgateway.testsupport.TestMail.VOORZITTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Interrupts the processing of three messages at each {@link ProcessingPoint} (the second message is interrupted,
 * the first is done, the third not yet fetched), then restarts with fresh objects on the same database and mailbox
 * and proves that every message reached the voorzitter exactly once, ended DELIVERED and left the INBOX. The
 * interruption is an Error thrown from the crash hook, which no handler in the pipeline records: the durable state
 * is exactly what a killed process leaves (ProcessKillIT proves it with real process kills).
 */
class CrashRecoveryIT {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(aConfig().withUser(INTAKE, INTAKE, PASSWORD).withUser(VOORZITTER, VOORZITTER, PASSWORD));

    private IntakeBench bench;

    @BeforeEach
    void freshDatabaseAndThreeMessages() {
        bench = new IntakeBench(GREEN_MAIL, "vhk_it_crashrecovery");
        bench.deliver(3);
    }

    @ParameterizedTest(name = "crash at {0}")
    @EnumSource(value = ProcessingPoint.class, names = "AFTER_SEND", mode = EnumSource.Mode.EXCLUDE)
    void everyMessageReachesTheVoorzitterExactlyOnceAfterACrashAt(ProcessingPoint point) {
        MailflowAssembly beforeCrash = bench.assembly(CrashAt.throwing(point, 2));
        assertThrows(CrashAt.SimulatedCrash.class, () -> IntakeBench.inboxPass(beforeCrash));

        bench.restartAndProcess();

        bench.assertEveryMessageDeliveredOnce(3);
    }

    @Test
    void withoutACrashOnePassDeliversEverythingAndRecordsEachStep() {
        MailflowAssembly intake = bench.assembly(ProcessingObserver.NONE);
        InboxPassResult result = IntakeBench.inboxPass(intake);

        assertEquals(new InboxPassResult(3, 3, 3, 0), result);
        bench.assertEveryMessageDeliveredOnce(3);
        Submission any = intake.administration().inState(SubmissionState.DELIVERED, 1).get(0);
        List<String> steps = intake.administration().history(any.id()).stream()
                .map(c -> c.from().map(Enum::name).orElse("-") + ">" + c.to() + ":" + c.reasonCode()).toList();
        assertEquals(List.of("->RECEIVED:STORED", "RECEIVED>ROUTED:FORWARDED_UNSCREENED",
                "ROUTED>DELIVERED:ALL_MESSAGES_SENT", "DELIVERED>DELIVERED:RELEASED_FROM_INBOX"), steps);
        assertEquals(new InboxPassResult(0, 0, 0, 0), IntakeBench.inboxPass(intake), "a second pass finds nothing to do");
    }

    /**
     * The one window SMTP cannot close: the server accepted the message but the gateway died before recording it.
     * After the restart the message is sent again with the same Message-ID (at least once, never lost); receivers
     * can drop the duplicate on that id. See docs/adr/0001-exactly-once-intake.md.
     */
    @Test
    void aCrashBetweenSmtpAcceptanceAndItsRecordSendsOneDuplicateWithTheSameMessageId() {
        MailflowAssembly beforeCrash = bench.assembly(CrashAt.throwing(ProcessingPoint.AFTER_SEND, 1));
        assertThrows(CrashAt.SimulatedCrash.class, () -> IntakeBench.inboxPass(beforeCrash));

        MailflowAssembly restarted = bench.restartAndProcess();

        List<MimeMessage> received = bench.voorzitterInbox();
        Map<String, Long> copiesPerMessageId = received.stream()
                .collect(Collectors.groupingBy(m -> TestMail.header(m, "Message-ID"), Collectors.counting()));
        assertEquals(4, received.size(), "one duplicate of the interrupted message");
        assertEquals(3, copiesPerMessageId.size(), "but only three distinct Message-IDs");
        assertEquals(1, copiesPerMessageId.values().stream().filter(n -> n == 2).count());
        List<OutboxMessage> outgoing = bench.allSubmissions().stream()
                .flatMap(s -> restarted.administration().outgoing(s.id()).stream()).toList();
        assertEquals(List.of(1, 1, 2), outgoing.stream().map(OutboxMessage::attempts).sorted().toList());
        assertTrue(bench.allSubmissions().stream().allMatch(s -> s.state() == SubmissionState.DELIVERED
                && s.releasedFromInboxAt().isPresent()));
    }
}
