package nl.vhkgateway.testsupport;

import com.icegreen.greenmail.base.GreenMailOperations;
import jakarta.mail.internet.MimeMessage;
import nl.vhkgateway.application.mailflow.InboxPassResult;
import nl.vhkgateway.application.mailflow.MailflowSettings;
import nl.vhkgateway.application.mailflow.MailboxSession;
import nl.vhkgateway.application.mailflow.ProcessingObserver;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionState;
import nl.vhkgateway.bootstrap.MailflowAssembly;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import static nl.vhkgateway.testsupport.TestMail.INTAKE;
import static nl.vhkgateway.testsupport.TestMail.VOORZITTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One intake test setup: a GreenMail server, a migrated database and a hand-moved clock; builds fresh
 * {@link MailflowAssembly}s on them (a "restart" is simply a new assembly) and checks the exactly-once outcome.
 */
public final class IntakeBench {

    public static final Duration LEASE = Duration.ofMinutes(5);

    private final GreenMailOperations greenMail;
    private final DataSource dataSource;
    private final MutableClock clock;

    public IntakeBench(GreenMailOperations greenMail, String database) {
        this.greenMail = greenMail;
        this.dataSource = TestDatabase.fresh(database);
        this.clock = MutableClock.atSystemTime();
    }

    public MutableClock clock() {
        return clock;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public MailflowAssembly assembly(ProcessingObserver observer) {
        return assembly(observer, UnaryOperator.identity());
    }

    /** A fresh assembly; {@code customise} may change the builder (settings, routing, smtp, ...). */
    public MailflowAssembly assembly(ProcessingObserver observer, UnaryOperator<MailflowAssembly.Builder> customise) {
        MailflowAssembly.Builder builder = MailflowAssembly.builder()
                .dataSource(dataSource)
                .intakeMailbox(TestMail.intakeAccount(greenMail))
                .smtp(TestMail.smtpAccount(greenMail))
                .gatewayAddress(MailAddress.of(INTAKE))
                .voorzitter(MailAddress.of(VOORZITTER))
                .settings(MailflowSettings.defaults().withSendingLease(LEASE))
                .observer(observer)
                .clock(clock);
        return customise.apply(builder).build();
    }

    public void deliver(int count) {
        int before = TestMail.folder(greenMail, INTAKE, "INBOX").size();
        for (int i = 1; i <= count; i++) {
            TestMail.deliverToIntake(greenMail, TestMail.cardMessage("Kaart " + i, i % 2 == 1, i));
        }
        TestMail.await(count + " new messages in the intake INBOX", Duration.ofSeconds(5),
                () -> TestMail.folder(greenMail, INTAKE, "INBOX").size() == before + count);
    }

    public static InboxPassResult inboxPass(MailflowAssembly intake) {
        try (MailboxSession session = intake.mailbox().open()) {
            return intake.pipeline().processInbox(session);
        }
    }

    /**
     * A restart after a crash: the lease of an interrupted send has expired (also one taken by a child process on
     * the system clock); one INBOX pass, one retry pass, one INBOX pass.
     */
    public MailflowAssembly restartAndProcess() {
        clock.advancePastSystemTime(LEASE.plusSeconds(1));
        MailflowAssembly restarted = assembly(ProcessingObserver.NONE);
        inboxPass(restarted);
        restarted.pipeline().processDue();
        inboxPass(restarted);
        return restarted;
    }

    public List<Submission> allSubmissions() {
        MailflowAssembly view = assembly(ProcessingObserver.NONE);
        List<Submission> all = new ArrayList<>();
        for (SubmissionState state : SubmissionState.values()) {
            all.addAll(view.administration().inState(state, 100));
        }
        return all;
    }

    public List<MimeMessage> voorzitterInbox() {
        return TestMail.folder(greenMail, VOORZITTER, "INBOX");
    }

    /** Every stored submission reached the voorzitter exactly once, byte for byte, is DELIVERED and out of the INBOX. */
    public void assertEveryMessageDeliveredOnce(int expected) {
        // a worker moves the original first and records the release right after it (ADR 0001): a caller that saw the
        // INBOX empty may be a moment ahead of that record
        TestMail.await("every release recorded", java.time.Duration.ofSeconds(10), () -> allSubmissions().stream()
                .allMatch(s -> s.releasedFromInboxAt().isPresent()));
        List<MimeMessage> received = voorzitterInbox();
        assertEquals(expected, received.size(), "messages in the voorzitter's INBOX");
        Set<String> messageIds = received.stream().map(m -> TestMail.header(m, "Message-ID")).collect(Collectors.toSet());
        assertEquals(expected, messageIds.size(), "distinct Message-IDs");

        List<Submission> submissions = allSubmissions();
        assertEquals(expected, submissions.size(), "submissions stored");
        for (Submission s : submissions) {
            assertEquals(SubmissionState.DELIVERED, s.state(), s.toString());
            assertTrue(s.releasedFromInboxAt().isPresent(), "released: " + s);
        }
        Set<String> storedHashes = submissions.stream().map(s -> s.key().contentHash().hex()).collect(Collectors.toSet());
        Set<String> forwardedHashes = received.stream().map(TestMail::attachedOriginalHash).collect(Collectors.toSet());
        assertEquals(storedHashes, forwardedHashes, "each original forwarded byte for byte");
        assertEquals(expected, TestMail.folder(greenMail, INTAKE, "Verwerkt").size(), "originals in Verwerkt");
        assertEquals(0, TestMail.folder(greenMail, INTAKE, "INBOX").size(), "INBOX empty");
    }
}
