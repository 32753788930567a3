package nl.vhkgateway.application.mailflow;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import nl.vhkgateway.application.intake.routing.ForwardToVoorzitter;
import nl.vhkgateway.bootstrap.MailflowAssembly;
import nl.vhkgateway.bootstrap.Repositories;
import nl.vhkgateway.domain.intake.IntakeRecord;
import nl.vhkgateway.domain.intake.IntakeRecordRepository;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionState;
import nl.vhkgateway.testsupport.IntakeBench;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static nl.vhkgateway.testsupport.TestMail.INTAKE;
import static nl.vhkgateway.testsupport.TestMail.PASSWORD;
import static nl.vhkgateway.testsupport.TestMail.VOORZITTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A routing policy's record of its decision ({@link RoutingDecision#recordedWith}) is written in the transaction that
 * writes the outbox and changes the state (issue 13): both commit, or neither. The record is written through
 * repositories of their own (another {@code Repositories}, as the screening intake may be wired), which must join the
 * pipeline's transaction rather than open a second one that waits for its row locks.
 */
class DecisionRecordIT {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(INTAKE, INTAKE, PASSWORD).withUser(VOORZITTER, VOORZITTER, PASSWORD));

    @Test
    void theRecordCommitsWithTheDecision() throws Exception {
        IntakeBench bench = new IntakeBench(GREEN_MAIL, "vhk_it_decisionrecord");
        IntakeRecordRepository records = new Repositories(bench.dataSource(), bench.clock()).intakeRecords();
        bench.deliver(1);
        MailflowAssembly intake = bench.assembly(ProcessingObserver.NONE, b -> b.routing(recording(records, false)));

        IntakeBench.inboxPass(intake);

        Submission delivered = bench.allSubmissions().get(0);
        assertEquals(SubmissionState.DELIVERED, delivered.state());
        assertTrue(records.find(delivered.id()).isPresent(), "the record was stored with the decision");
        assertEquals(1, count(bench, "outbox_message"));
    }

    @Test
    void aRecordThatCannotBeWrittenUndoesTheDecision() throws Exception {
        IntakeBench bench = new IntakeBench(GREEN_MAIL, "vhk_it_decisionrecord");
        IntakeRecordRepository records = new Repositories(bench.dataSource(), bench.clock()).intakeRecords();
        bench.deliver(1);
        MailflowAssembly intake = bench.assembly(ProcessingObserver.NONE, b -> b.routing(recording(records, true)));

        IntakeBench.inboxPass(intake);

        Submission stored = bench.allSubmissions().get(0);
        assertEquals(SubmissionState.RECEIVED, stored.state(), "no decision without its record");
        assertTrue(records.find(stored.id()).isEmpty(), "the record written before the failure is rolled back too");
        assertEquals(0, count(bench, "outbox_message"), "no outgoing message without the record");
        assertEquals(1, bench.assembly(ProcessingObserver.NONE).administration().history(stored.id()).size(),
                "only STORED in the history");
    }

    /** The skeleton's forward, recorded as an (empty) intake record; {@code failAfterWriting}: the record fails. */
    private static RoutingPolicy recording(IntakeRecordRepository records, boolean failAfterWriting) {
        ForwardToVoorzitter forward = new ForwardToVoorzitter(MailAddress.of(INTAKE), MailAddress.of(VOORZITTER));
        return (submission, raw) -> forward.decide(submission, raw).recordedWith(() -> {
            records.save(IntakeRecord.empty(submission.id()));
            if (failAfterWriting) {
                throw new IllegalStateException("the record cannot be completed");
            }
        });
    }

    private static long count(IntakeBench bench, String table) throws SQLException {
        try (Connection connection = bench.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
