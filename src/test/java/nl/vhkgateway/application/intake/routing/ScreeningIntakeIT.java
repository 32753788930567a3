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
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import nl.vhkgateway.domain.submission.SubmissionState;
import nl.vhkgateway.testsupport.TestMail;
import nl.vhkgateway.testsupport.intake.IntakeCards;
import nl.vhkgateway.testsupport.intake.ScreeningIntakeBench;
import nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.Attached;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayInputStream;
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
import static nl.vhkgateway.testsupport.intake.SanitisedCard.assertSanitised;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.attachments;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.flat;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.header;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import nl.vhkgateway.application.mailflow.RoutingDecision;

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
        List<AuditEntry> senderChecks = bench.auditLog().find(AuditQuery.all()
                .withSubject(IntakeAudit.subject(delivered.id())).withAction("SENDER_VERIFIED"));
        assertEquals(1, senderChecks.size(), "the sender check audited once");
        assertEquals("ACCEPTED", senderChecks.get(0).event().outcome());
        assertEquals(audit.get(0).sequence() - 1, senderChecks.get(0).sequence(),
                "the sender check and the decision are appended together, sender first");
        assertTrue(bench.auditLog().verifyChain().intact(), "the audit chain is intact");
    }

    @Test
    void aFollowUpIsLinkedToItsEarlierCaseAndAnUnknownEarlierNumberIsStillAccepted() throws Exception {
        bench.receiveCard(DEELNEMER, "Veiligheidskaart", IntakeCards.clean(), "kaart.docx", MONDAY_MORNING);
        bench.process();
        Submission first = bench.only(SubmissionState.DELIVERED);

        bench.receiveCard(DEELNEMER, "Vervolgbespreking VHT-2026-0001", IntakeCards.ofKind("Vervolgbespreking"),
                "kaart.docx", MONDAY_MORNING.plusSeconds(3600));
        bench.receiveCard(DEELNEMER, "Monitoring", IntakeCards.ofKind("Monitoring (eerdere inbreng VHT-2025-0999)"),
                "kaart.docx", MONDAY_MORNING.plusSeconds(7200));
        bench.process();

        List<MimeMessage> voorzitter = bench.inbox(VOORZITTER);
        assertEquals(3, voorzitter.size(), "all three accepted");
        String followUp = flat(text(find(voorzitter, "VHT-2026-0002")));
        assertTrue(followUp.contains("Eerdere inbreng: VHT-2026-0001 (dezelfde casus)"), followUp);
        String monitoring = flat(text(find(voorzitter, "VHT-2026-0003")));
        assertTrue(monitoring.contains("Eerdere inbreng: VHT-2025-0999 genoemd, maar dit nummer is niet gevonden"),
                monitoring);

        IntakeRecord linked = record("VHT-2026-0002");
        assertEquals(first.id(), linked.linkedSubmission().orElseThrow(), "the link is stored");
        assertEquals(SubmissionNumber.parse("VHT-2026-0001"), linked.earlierNumber().orElseThrow());
        IntakeRecord unknown = record("VHT-2026-0003");
        assertTrue(unknown.linkedSubmission().isEmpty());
        assertEquals(SubmissionNumber.parse("VHT-2025-0999"), unknown.earlierNumber().orElseThrow());
    }

    @Test
    void theRvdkRouteDeliversTheScreenedCardToTheRvdkAndAnnouncesItToTheVoorzitter() throws Exception {
        bench.receiveCard(DEELNEMER, "RvdK - veiligheidskaart voor de Raad", IntakeCards.clean(), "kaart.docx",
                MONDAY_MORNING);

        bench.process();

        List<MimeMessage> rvdk = bench.inbox(RVDK);
        assertEquals(1, rvdk.size(), "the RvdK gets the card");
        assertTrue(rvdk.get(0).getSubject().contains("VHT-2026-0001"));
        List<Attached> files = attachments(rvdk.get(0));
        assertEquals("Veiligheidskaart VHT-2026-0001.docx", files.get(0).fileName());
        assertSanitised(files.get(0).content());
        assertTrue(flat(text(rvdk.get(0))).contains("Beoordeel of de Raad aansluit"));

        List<MimeMessage> voorzitter = bench.inbox(VOORZITTER);
        assertEquals(1, voorzitter.size(), "the voorzitter is told as well");
        String summary = flat(text(voorzitter.get(0)));
        assertTrue(summary.contains("ook naar de Raad voor de Kinderbescherming gestuurd (" + RVDK + ")"), summary);
        assertEquals(1, attachments(voorzitter.get(0)).size());
        String receipt = flat(text(bench.inbox(DEELNEMER).get(0)));
        assertTrue(receipt.contains("ook naar de Raad voor de Kinderbescherming gestuurd"), receipt);

        Submission delivered = bench.only(SubmissionState.DELIVERED);
        assertEquals(IntakeRoute.RVDK, bench.screening().records().find(delivered.id()).orElseThrow().route().orElseThrow());
        assertTrue(bench.intake().administration().history(delivered.id()).stream()
                .anyMatch(c -> c.reasonCode().equals(RoutingReasons.CARD_ACCEPTED_RVDK)));
    }

    @Test
    void decidingAgainReusesTheNumberAndTheMessageIds() throws Exception {
        bench.receiveCard(DEELNEMER, "Veiligheidskaart", IntakeCards.clean(), "kaart.docx", MONDAY_MORNING);
        bench.process();
        Submission delivered = bench.only(SubmissionState.DELIVERED);
        byte[] raw = bench.intake().submissions().rawMime(delivered.id()).orElseThrow();

        RoutingDecision again = bench.screening().policy().decide(delivered, raw);

        assertEquals(bench.intake().administration().outgoing(delivered.id()).stream()
                        .map(m -> m.messageId()).sorted().toList(),
                again.messages().stream().map(m -> m.messageId()).sorted().toList(),
                "a decision taken again (after a crash) sends the same Message-IDs");
        assertEquals(SubmissionNumber.parse("VHT-2026-0001"),
                bench.screening().records().find(delivered.id()).orElseThrow().number().orElseThrow());
        bench.receiveCard(DEELNEMER, "Veiligheidskaart", IntakeCards.clean(), "kaart2.docx", MONDAY_MORNING);
        bench.process();
        assertEquals(1, bench.inbox(VOORZITTER).stream().filter(m -> subject(m).contains("VHT-2026-0002")).count(),
                "no number was used up by deciding again");
    }

    private IntakeRecord record(String number) {
        SubmissionId id = bench.screening().records().findByNumber(SubmissionNumber.parse(number)).orElseThrow();
        return bench.screening().records().find(id).orElseThrow();
    }

    private static MimeMessage find(List<MimeMessage> messages, String number) {
        return messages.stream().filter(m -> subject(m).contains(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no message about " + number));
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<SubmissionState> states(Submission submission) {
        return bench.intake().administration().history(submission.id()).stream()
                .filter(change -> change.from().map(from -> from != change.to()).orElse(true))
                .map(StateChange::to).toList();
    }
}
