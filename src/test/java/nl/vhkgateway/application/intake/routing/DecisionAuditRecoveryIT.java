package nl.vhkgateway.application.intake.routing;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import nl.vhkgateway.application.mailflow.ProcessingObserver;
import nl.vhkgateway.application.mailflow.ProcessingPoint;
import nl.vhkgateway.bootstrap.MailflowAssembly;
import nl.vhkgateway.domain.audit.AuditEntry;
import nl.vhkgateway.domain.audit.AuditQuery;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionState;
import nl.vhkgateway.testsupport.CrashAt;
import nl.vhkgateway.testsupport.IntakeBench;
import nl.vhkgateway.testsupport.TestMail;
import nl.vhkgateway.testsupport.intake.IntakeCards;
import nl.vhkgateway.testsupport.intake.ScreeningIntakeBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.DEELNEMER;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.INTAKE;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.VOORZITTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A crash between the commit of a screening decision and its audit append ({@link
 * ProcessingPoint#AFTER_DECISION_COMMITTED}) loses the {@code INTAKE_DECISION} row; after the restart the dispatch
 * loop audits the decision once, marked {@code recovered=true}, also when two instances recover at the same moment
 * (issue 13). Three cards: one decided and audited before the crash, one interrupted there, one untouched.
 */
class DecisionAuditRecoveryIT {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(aConfig().withUser(INTAKE, INTAKE, TestMail.PASSWORD));

    private ScreeningIntakeBench bench;

    @BeforeEach
    void setUp() {
        bench = new ScreeningIntakeBench(GREEN_MAIL, "vhk_it_decisionauditrecovery");
        for (int i = 1; i <= 3; i++) {
            bench.receiveCard(DEELNEMER, "Veiligheidskaart " + i, IntakeCards.clean(), "veiligheidskaart.docx",
                    bench.clock().instant());
        }
    }

    @AfterEach
    void tearDown() {
        bench.close();
    }

    @Test
    void aDecisionWhoseAuditACrashLostIsAuditedOnceAfterTheRestart() {
        Submission interrupted = crashAfterTheSecondDecision();

        bench.clock().advance(RecoverDecisionAudits.GRACE.plusSeconds(1));
        MailflowAssembly restarted = bench.restarted(ProcessingObserver.NONE);
        IntakeBench.inboxPass(restarted);
        restarted.pipeline().processDue();
        IntakeBench.inboxPass(restarted);

        assertEquals(3, bench.submissions(SubmissionState.DELIVERED).size(), "every card delivered");
        assertEquals(3, bench.inbox(VOORZITTER).size(), "each card once at the voorzitter");
        for (Submission submission : bench.submissions(SubmissionState.DELIVERED)) {
            List<AuditEntry> decisions = decisions(submission);
            assertEquals(1, decisions.size(), "one decision row for submission " + submission.id());
            assertEquals("ACCEPTED", decisions.get(0).event().outcome());
            boolean recovered = "true".equals(decisions.get(0).event().details().get("recovered"));
            assertEquals(submission.id().equals(interrupted.id()), recovered,
                    "only the interrupted decision is marked recovered");
        }
        AuditEntry recovered = decisions(interrupted).get(0);
        assertTrue(recovered.event().details().containsKey("number"), "the stored intake record is audited with it");
        assertTrue(recovered.event().reasonCodes().contains(RoutingReasons.CARD_ACCEPTED),
                recovered.event().reasonCodes().toString());
        for (Submission submission : bench.submissions(SubmissionState.DELIVERED)) {
            String messages = decisions(submission).get(0).event().details().get("messages");
            assertEquals(Integer.toString(outgoing(submission)), messages,
                    "the decision row of submission " + submission.id() + " counts the messages the decision wrote"
                            + " (the recovered one from the outbox, like the worker's)");
        }

        bench.clock().advance(RecoverDecisionAudits.INTERVAL.plusSeconds(1));
        restarted.pipeline().processDue();
        bench.restarted(ProcessingObserver.NONE).pipeline().processDue();
        assertEquals(1, decisions(interrupted).size(), "looking again (and on another instance) adds nothing");
        assertTrue(bench.auditLog().verifyChain().intact(), "the audit chain is intact");
    }

    @Test
    void twoInstancesRecoveringAtTheSameMomentAuditTheDecisionOnce() throws Exception {
        Submission interrupted = crashAfterTheSecondDecision();
        bench.clock().advance(RecoverDecisionAudits.GRACE.plusSeconds(1));
        List<MailflowAssembly> instances = List.of(bench.restarted(ProcessingObserver.NONE),
                bench.restarted(ProcessingObserver.NONE));
        CyclicBarrier start = new CyclicBarrier(instances.size());
        ExecutorService threads = Executors.newFixedThreadPool(instances.size());
        try {
            List<Future<Integer>> runs = instances.stream().map(instance -> threads.submit(() -> {
                start.await(10, TimeUnit.SECONDS);
                return instance.pipeline().processDue();
            })).toList();
            for (Future<Integer> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        List<AuditEntry> decisions = decisions(interrupted);
        assertEquals(1, decisions.size(), "one decision row although both instances found it unaudited");
        assertEquals("true", decisions.get(0).event().details().get("recovered"));
        assertTrue(bench.auditLog().verifyChain().intact(), "the audit chain is intact");
    }

    /** Crashes at the second decision's commit; returns that submission, decided but without its audit row. */
    private Submission crashAfterTheSecondDecision() {
        MailflowAssembly crashing = bench.restarted(CrashAt.throwing(ProcessingPoint.AFTER_DECISION_COMMITTED, 2));
        assertThrows(CrashAt.SimulatedCrash.class, () -> IntakeBench.inboxPass(crashing));
        List<Submission> decided = new ArrayList<>(bench.submissions(SubmissionState.ACCEPTED));
        decided.addAll(bench.submissions(SubmissionState.DELIVERED));
        List<Submission> unaudited = decided.stream().filter(s -> decisions(s).isEmpty()).toList();
        assertEquals(2, decided.size(), "two decisions committed before the crash");
        assertEquals(1, unaudited.size(), "the crash lost the second decision's audit row");
        assertTrue(bench.auditLog().verifyChain().intact(), "the chain itself is intact");
        return unaudited.get(0);
    }

    /** The submission's messages in the outbox (each card here is decided once). */
    private int outgoing(Submission submission) {
        try (Connection connection = bench.dataSource().getConnection();
             PreparedStatement count = connection.prepareStatement(
                     "SELECT COUNT(*) FROM outbox_message WHERE submission_id = ?")) {
            count.setLong(1, submission.id().value());
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<AuditEntry> decisions(Submission submission) {
        return bench.auditLog().find(AuditQuery.all().withSubject(IntakeAudit.subject(submission.id()))
                .withAction(IntakeAudit.DECISION));
    }
}
