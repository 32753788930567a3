package nl.vhkgateway.application.mailflow;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import nl.vhkgateway.bootstrap.MailflowAssembly;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionRepository;
import nl.vhkgateway.testsupport.IntakeBench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static nl.vhkgateway.testsupport.TestMail.INTAKE;
import static nl.vhkgateway.testsupport.TestMail.PASSWORD;
import static nl.vhkgateway.testsupport.TestMail.VOORZITTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The database claim that keeps two intake workers (threads of one gateway, or the watcher's workers and the dispatch
 * loop) from advancing the same submission at once (issue 13). The race is forced with a barrier: both workers are
 * released at the same moment and claim the same row.
 */
class SubmissionClaimIT {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(INTAKE, INTAKE, PASSWORD).withUser(VOORZITTER, VOORZITTER, PASSWORD));

    private static final Instant NOW = Instant.parse("2026-12-05T05:00:00Z");

    @Test
    void ofTwoWorkersRacingForTheSameSubmissionExactlyOneGetsIt() throws Exception {
        IntakeBench bench = new IntakeBench(GREEN_MAIL, "vhk_it_submissionclaim");
        bench.deliver(8);
        MailflowAssembly intake = bench.assembly(nl.vhkgateway.application.mailflow.ProcessingObserver.NONE);
        storeOnly(intake);
        SubmissionRepository submissions = intake.submissions();
        List<Submission> all = bench.allSubmissions();
        assertEquals(8, all.size());
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (Submission submission : all) {
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Boolean>> claims = new ArrayList<>();
                for (String worker : List.of("worker-a", "worker-b")) {
                    claims.add(two.submit(() -> {
                        start.await();
                        return submissions.claim(submission.id(), worker, NOW, NOW.plusSeconds(60));
                    }));
                }
                int won = 0;
                for (Future<Boolean> claim : claims) {
                    won += claim.get() ? 1 : 0;
                }
                assertEquals(1, won, "exactly one worker claims submission " + submission.id());
            }
        } finally {
            two.shutdownNow();
        }
    }

    /**
     * Stores what is in the INBOX and advances nothing (the pass hands the work to an executor that drops it), so no
     * worker of the pipeline holds a claim: a submission that reached a final state keeps its worker's claim until it
     * lapses (nothing claims it again).
     */
    private static void storeOnly(MailflowAssembly intake) {
        try (MailboxSession session = intake.mailbox().open()) {
            intake.pipeline().processInbox(session, new WaitingCards(java.time.Clock.systemUTC()), work -> { },
                    Integer.MAX_VALUE);
        }
    }

    @Test
    void aClaimIsHeldUntilReleasedOrLapsedAndItsHolderMayRenewIt() {
        IntakeBench bench = new IntakeBench(GREEN_MAIL, "vhk_it_submissionclaim");
        bench.deliver(1);
        MailflowAssembly intake = bench.assembly(nl.vhkgateway.application.mailflow.ProcessingObserver.NONE);
        storeOnly(intake);
        SubmissionRepository submissions = intake.submissions();
        Submission submission = bench.allSubmissions().get(0);

        assertTrue(submissions.claim(submission.id(), "a", NOW, NOW.plusSeconds(60)));
        assertFalse(submissions.claim(submission.id(), "b", NOW.plusSeconds(59), NOW.plusSeconds(120)), "held by a");
        assertTrue(submissions.claim(submission.id(), "a", NOW.plusSeconds(30), NOW.plusSeconds(90)), "a renews");
        assertTrue(submissions.claim(submission.id(), "b", NOW.plus(Duration.ofSeconds(91)), NOW.plusSeconds(150)),
                "lapsed (a crashed): b takes over");
        submissions.releaseClaim(submission.id(), "a");
        assertFalse(submissions.claim(submission.id(), "c", NOW.plusSeconds(100), NOW.plusSeconds(160)),
                "a cannot release b's claim");
        submissions.releaseClaim(submission.id(), "b");
        assertTrue(submissions.claim(submission.id(), "c", NOW.plusSeconds(100), NOW.plusSeconds(160)), "released");
    }
}
