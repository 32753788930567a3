package nl.vhkgateway.application.mailflow;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import nl.vhkgateway.application.intake.routing.ForwardToVoorzitter;
import nl.vhkgateway.bootstrap.MailflowAssembly;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionState;
import nl.vhkgateway.testsupport.IntakeBench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * Two workers never process the same submission (issue 13), shown on the whole pipeline rather than on the claim
 * alone ({@link SubmissionClaimIT}): two pipelines (two gateways' worth of workers, each with its own claim token) on
 * one database are released by a barrier at the same moment and advance the same stored submissions. Every
 * submission must be decided (screened and routed) exactly once and reach the voorzitter exactly once. Without the
 * claim both would decide the first submissions they find (the later commit is dropped, but the work, and with the
 * screening intake its audit entry, happens twice).
 */
class TwoPipelinesRaceIT {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(INTAKE, INTAKE, PASSWORD).withUser(VOORZITTER, VOORZITTER, PASSWORD));

    private static final int MESSAGES = 12;

    @Test
    void twoPipelinesReleasedTogetherDecideAndDeliverEverySubmissionOnce() throws Exception {
        IntakeBench bench = new IntakeBench(GREEN_MAIL, "vhk_it_twopipelines");
        bench.deliver(MESSAGES);
        // store everything, advance nothing: the pass hands the work to an executor that drops it
        MailflowAssembly storing = bench.assembly(ProcessingObserver.NONE);
        try (MailboxSession session = storing.mailbox().open()) {
            storing.pipeline().processInbox(session, new WaitingCards(bench.clock()), work -> { }, Integer.MAX_VALUE);
        }
        List<Submission> stored = bench.allSubmissions();
        assertEquals(MESSAGES, stored.size());
        stored.forEach(s -> assertEquals(SubmissionState.RECEIVED, s.state(), s.toString()));

        Map<SubmissionId, Integer> decisions = new ConcurrentHashMap<>();
        RoutingPolicy forward = new ForwardToVoorzitter(MailAddress.of(INTAKE), MailAddress.of(VOORZITTER), bench.clock());
        RoutingPolicy counting = (submission, raw) -> {
            decisions.merge(submission.id(), 1, Integer::sum);
            return forward.decide(submission, raw);
        };
        List<MailflowAssembly> gateways = List.of(
                bench.assembly(ProcessingObserver.NONE, b -> b.routing(counting)),
                bench.assembly(ProcessingObserver.NONE, b -> b.routing(counting)));
        CyclicBarrier start = new CyclicBarrier(gateways.size());
        ExecutorService threads = Executors.newFixedThreadPool(gateways.size());
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (MailflowAssembly gateway : gateways) {
                runs.add(threads.submit(() -> {
                    start.await();
                    return gateway.pipeline().processDue();
                }));
            }
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            threads.shutdownNow();
        }
        for (Submission submission : stored) {
            assertEquals(1, decisions.getOrDefault(submission.id(), 0), "decisions for submission " + submission.id());
        }
        IntakeBench.inboxPass(bench.assembly(ProcessingObserver.NONE));
        bench.assertEveryMessageDeliveredOnce(MESSAGES);

        // a worker holding an old copy (RECEIVED) gets no claim, even once every other claim has lapsed
        Instant later = bench.clock().instant().plus(Duration.ofMinutes(2));
        SubmissionId first = stored.get(0).id();
        assertFalse(storing.submissions().claim(first, SubmissionState.RECEIVED, "stale", later, later.plusSeconds(60)));
        assertTrue(storing.submissions().claim(first, SubmissionState.DELIVERED, "current", later, later.plusSeconds(60)));
    }
}
