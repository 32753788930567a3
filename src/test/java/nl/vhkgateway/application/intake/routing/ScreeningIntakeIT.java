package nl.vhkgateway.application.intake.routing;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import nl.vhkgateway.domain.audit.AuditEntry;
import nl.vhkgateway.domain.audit.AuditQuery;
import nl.vhkgateway.domain.intake.IntakeRecord;
import nl.vhkgateway.domain.intake.IntakeRoute;
import nl.vhkgateway.domain.submission.StateChange;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import nl.vhkgateway.domain.submission.SubmissionState;
import nl.vhkgateway.testsupport.TestMail;
import nl.vhkgateway.testsupport.intake.IntakeCards;
import nl.vhkgateway.testsupport.intake.ScreeningIntakeBench;
import nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.Attached;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.Instant;
import java.util.List;

import static com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.BEHEER;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.DEELNEMER;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.INTAKE;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.RVDK;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.VOORZITTER;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.attachments;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.flat;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.header;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The screening intake end to end without the container: real GreenMail, real MariaDB with the demo register, the
 * real sender verification and screener, the pipeline of the intake. A clean card from a registered vaste
 * deelnemer reaches the voorzitter as a new message with the summary and the sanitised card, and the sender gets a
 * receipt with the earliest meeting.
 */
class ScreeningIntakeIT {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");
    /** Monday 16 November 2026, 10:00: in by Monday, so discussed on Tuesday of the following week. */
    static final Instant MONDAY_MORNING = LocalDateTime.of(2026, 11, 16, 10, 0).atZone(AMSTERDAM).toInstant();
    static final String EARLIEST = "dinsdag 24 november 2026";

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(aConfig().withUser(INTAKE, INTAKE, TestMail.PASSWORD));

    private ScreeningIntakeBench bench;

    @BeforeEach
    void setUp() {
        bench = new ScreeningIntakeBench(GREEN_MAIL, "vhk_it_screeningintake");
    }

    @AfterEach
    void tearDown() {
        bench.close();
    }

    @Test
    void cleanCardReachesTheVoorzitterAsANewMessageWithSummaryAndSanitisedCardAndTheSenderGetsAReceipt()
            throws Exception {
        byte[] mail = ScreeningIntakeBench.cardMail(DEELNEMER, "Veiligheidskaart ter bespreking",
                IntakeCards.clean(), "veiligheidskaart.docx");
        String originalId = new MimeMessage(null, new ByteArrayInputStream(mail)).getMessageID();
        bench.receive(mail, MONDAY_MORNING);

        bench.process();

        List<MimeMessage> voorzitter = bench.inbox(VOORZITTER);
        assertEquals(1, voorzitter.size(), "one message to the voorzitter");
        MimeMessage summary = voorzitter.get(0);
        assertNotEquals(originalId, summary.getMessageID(), "a new message, never the original");
        assertTrue(summary.getFrom()[0].toString().contains(INTAKE));
        assertEquals("auto-generated", header(summary, "Auto-Submitted"));
        assertTrue(summary.getSubject().contains("VHT-2026-0001"), summary.getSubject());
        String summaryText = flat(text(summary));
        assertTrue(summaryText.contains("Inbrengnummer: VHT-2026-0001"), summaryText);
        assertTrue(summaryText.contains("Vroegste bespreking: " + EARLIEST), summaryText);
        assertTrue(summaryText.contains("Toegang gemeente Roosendaal"), summaryText);
        assertTrue(summaryText.contains("Onderwerp: Veiligheidskaart ter bespreking"), "the clean subject is repeated");
        assertTrue(summaryText.contains("Hierbij de veiligheidskaart ter bespreking"), "the clean text is repeated");

        List<Attached> files = attachments(summary);
        assertEquals(1, files.size(), "only the sanitised card, not the original mail");
        assertEquals("Veiligheidskaart VHT-2026-0001.docx", files.get(0).fileName());
        assertSanitised(files.get(0).content());

        List<MimeMessage> sender = bench.inbox(DEELNEMER);
        assertEquals(1, sender.size(), "one receipt");
        MimeMessage receipt = sender.get(0);
        assertEquals("auto-replied", header(receipt, "Auto-Submitted"));
        assertEquals(originalId, header(receipt, "In-Reply-To"));
        String receiptText = flat(text(receipt));
        assertTrue(receipt.getSubject().contains("VHT-2026-0001"), receipt.getSubject());
        assertTrue(receiptText.contains("Vroegst mogelijke bespreking: " + EARLIEST), receiptText);
        assertTrue(attachments(receipt).isEmpty(), "the receipt carries no card");

        assertTrue(bench.inbox(BEHEER).isEmpty(), "nothing for the beheerder");
        assertTrue(bench.inbox(RVDK).isEmpty(), "nothing for the RvdK");

        Submission delivered = bench.only(SubmissionState.DELIVERED);
        assertEquals(List.of(SubmissionState.RECEIVED, SubmissionState.SCREENED, SubmissionState.ACCEPTED,
                SubmissionState.DELIVERED), states(delivered));
        assertTrue(delivered.releasedFromInboxAt().isPresent(), "the original left the INBOX");
        IntakeRecord record = bench.screening().records().find(delivered.id()).orElseThrow();
        assertEquals(SubmissionNumber.parse("VHT-2026-0001"), record.number().orElseThrow());
        assertEquals(IntakeRoute.VHT, record.route().orElseThrow());
        assertEquals("2026-11-24", record.earliestMeeting().orElseThrow().toString());

        List<AuditEntry> audit = bench.auditLog().find(AuditQuery.all()
                .withSubject(IntakeAudit.subject(delivered.id())).withAction(IntakeAudit.DECISION));
        assertEquals(1, audit.size(), "one decision audited");
        assertEquals("ACCEPTED", audit.get(0).event().outcome());
        assertTrue(audit.get(0).event().reasonCodes().contains(RoutingReasons.CARD_ACCEPTED));
        assertEquals("VHT-2026-0001", audit.get(0).event().details().get("number"));
        assertTrue(bench.auditLog().verifyChain().intact(), "the audit chain is intact");
    }

    private List<SubmissionState> states(Submission submission) {
        return bench.intake().administration().history(submission.id()).stream()
                .filter(change -> change.from().map(from -> from != change.to()).orElse(true))
                .map(StateChange::to).toList();
    }

    /** The card the voorzitter gets has no author, title or other identifying properties, and opens in POI. */
    static void assertSanitised(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
            assertTrue(isBlank(core.getCreator()), "no author: " + core.getCreator());
            assertTrue(isBlank(core.getLastModifiedByUser()), "no last-modified-by");
            assertTrue(isBlank(core.getTitle()), "no title");
            assertTrue(isBlank(document.getProperties().getExtendedProperties().getCompany()), "no company");
            assertTrue(document.getComments() == null || document.getComments().length == 0, "no comments");
            assertFalse(document.getParagraphs().isEmpty() && document.getTables().isEmpty(), "the card has content");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
