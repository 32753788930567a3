package nl.vhkgateway.application.intake.retention;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import nl.vhkgateway.application.intake.routing.IntakeAudit;
import nl.vhkgateway.application.intake.routing.RoutingReasons;
import nl.vhkgateway.domain.audit.AuditEntry;
import nl.vhkgateway.domain.audit.AuditQuery;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionState;
import nl.vhkgateway.testsupport.TestMail;
import nl.vhkgateway.testsupport.intake.IntakeCards;
import nl.vhkgateway.testsupport.intake.ScreeningIntakeBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.DEELNEMER;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.INTAKE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retention on a hand-moved clock: the raw mail and the sent card stay for the configured period after delivery and
 * are removed by the next pass after it; a submission left in quarantine that long is discarded; metadata, history
 * and audit stay.
 */
class RetentionIT {

    private static final Duration KEEP = Duration.ofDays(30);

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(aConfig().withUser(INTAKE, INTAKE, TestMail.PASSWORD));

    private ScreeningIntakeBench bench;

    @BeforeEach
    void setUp() {
        bench = new ScreeningIntakeBench(GREEN_MAIL, "vhk_it_retention", new RetentionSettings(KEEP, Duration.ofHours(1)));
    }

    @AfterEach
    void tearDown() {
        bench.close();
    }

    @Test
    void cardContentIsRemovedAfterTheRetentionPeriodAndMetadataStays() throws SQLException {
        bench.receiveCard(DEELNEMER, "Veiligheidskaart", IntakeCards.clean(), "kaart.docx", bench.clock().instant());
        bench.process();
        Submission delivered = bench.only(SubmissionState.DELIVERED);
        int historyLines = bench.intake().administration().history(delivered.id()).size();
        ContentRetention retention = bench.screening().retention();

        bench.clock().advance(KEEP.minusHours(1));
        assertEquals(0, retention.purgeDue().total(), "nothing is due within the period");
        assertTrue(bench.intake().submissions().rawMime(delivered.id()).isPresent());
        assertEquals(2, count("SELECT COUNT(*) FROM outbox_message WHERE raw_mime IS NOT NULL"));

        bench.clock().advance(Duration.ofHours(2));
        ContentRetention.Result result = retention.purgeDue();

        assertEquals(1, result.delivered());
        assertEquals(2, result.sentMessages(), "the summary with the card and the receipt");
        assertTrue(bench.intake().submissions().rawMime(delivered.id()).isEmpty(), "raw mail removed");
        assertEquals(0, count("SELECT COUNT(*) FROM outbox_message WHERE raw_mime IS NOT NULL"), "sent card removed");
        assertEquals(1, count("SELECT COUNT(*) FROM submission WHERE content_purged_at IS NOT NULL "
                + "AND content_purge_reason = 'RETENTION_EXPIRED'"));
        Submission after = bench.intake().administration().find(delivered.id()).orElseThrow();
        assertEquals(SubmissionState.DELIVERED, after.state());
        assertEquals(delivered.key(), after.key(), "metadata stays");
        assertEquals(historyLines, bench.intake().administration().history(delivered.id()).size(), "history stays");
        assertTrue(bench.screening().records().find(delivered.id()).orElseThrow().number().isPresent());
        List<AuditEntry> purges = bench.auditLog().find(AuditQuery.all()
                .withSubject(IntakeAudit.subject(delivered.id())).withAction(IntakeAudit.CONTENT_PURGE));
        assertEquals(1, purges.size());
        assertEquals(List.of(ContentRetention.RETENTION_EXPIRED), purges.get(0).event().reasonCodes());
        assertEquals(0, retention.purgeDue().total(), "a second pass finds nothing");
    }

    @Test
    void theOriginalsOnTheMailServerGoTooRefusedOnesAtOnce() {
        bench.receiveCard(DEELNEMER, "Veiligheidskaart", IntakeCards.clean(), "kaart.docx", bench.clock().instant());
        bench.receiveCard(DEELNEMER, "Veiligheidskaart", IntakeCards.card("Eerste inbreng",
                card -> card.comment("Anouk van Dijk", "AvD", "Moeder Fatima Bouzid is bereikbaar op 06-48213579.")),
                "kaart.docx", bench.clock().instant());
        bench.process();
        // issue 11: the refused original is deleted from the INBOX at once and never reaches Verwerkt
        assertEquals(1, processed().size(), "only the delivered original was moved to Verwerkt");

        ContentRetention.Result now = bench.screening().retention().purgeDue();

        assertEquals(0, now.originals(), "nothing left for retention to remove now");
        assertEquals(1, processed().size());
        bench.clock().advance(KEEP.plusDays(1));
        assertEquals(1, bench.screening().retention().purgeDue().originals(), "the delivered one after the period");
        assertTrue(processed().isEmpty());
        assertTrue(TestMail.folder(GREEN_MAIL, INTAKE, "INBOX").isEmpty());
    }

    private List<jakarta.mail.internet.MimeMessage> processed() {
        return TestMail.folder(GREEN_MAIL, INTAKE, "Verwerkt");
    }

    @Test
    void aSubmissionLeftInQuarantineForThePeriodIsDiscarded() {
        bench.receiveCard("onbekend@elders.test", "Veiligheidskaart", IntakeCards.clean(), "kaart.docx",
                bench.clock().instant());
        bench.process();
        Submission quarantined = bench.only(SubmissionState.QUARANTINED);

        bench.clock().advance(KEEP.plusMinutes(1));
        ContentRetention.Result result = bench.screening().retention().purgeDue();

        assertEquals(1, result.quarantined());
        Submission discarded = bench.intake().administration().find(quarantined.id()).orElseThrow();
        assertEquals(SubmissionState.DISCARDED, discarded.state());
        assertTrue(bench.intake().submissions().rawMime(quarantined.id()).isEmpty());
        assertTrue(bench.intake().administration().history(quarantined.id()).stream()
                .anyMatch(c -> c.reasonCode().equals(RoutingReasons.QUARANTINE_EXPIRED)));
        assertFalse(bench.auditLog().find(AuditQuery.all().withSubject(IntakeAudit.subject(quarantined.id()))
                .withAction(IntakeAudit.CONTENT_PURGE)).isEmpty());
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = bench.dataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
