package nl.vhkgateway.application.intake.bounce;

import static com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.BEHEER;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.DEELNEMER;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.INTAKE;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.VOORZITTER;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.flat;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.header;
import static nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import nl.vhkgateway.application.intake.routing.RoutingReasons;
import nl.vhkgateway.domain.outbox.DeliveryFailure;
import nl.vhkgateway.domain.outbox.SentMessage;
import nl.vhkgateway.domain.submission.StateChange;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionState;
import nl.vhkgateway.infrastructure.persistence.JdbcDeliveryReportRepository;
import nl.vhkgateway.infrastructure.persistence.JdbcTransactions;
import nl.vhkgateway.testsupport.TestMail;
import nl.vhkgateway.testsupport.intake.IntakeCards;
import nl.vhkgateway.testsupport.intake.ScreeningIntakeBench;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bounces of the gateway's own mail through the whole intake (GreenMail, MariaDB, the real screener): delivery
 * status notifications written the way Postfix and Exchange write them, and a classic MAILER-DAEMON bounce, arrive in
 * the intake mailbox; each is tied to the outbox message it is about, recorded on it, and the beheerder is told "a
 * message could not be delivered" in Dutch: never "unknown sender, register the address".
 */
class DeliveryReportIT {

    private static final Instant MONDAY_MORNING = LocalDateTime.of(2026, 11, 16, 10, 0)
            .atZone(ZoneId.of("Europe/Amsterdam")).toInstant();

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(aConfig().withUser(INTAKE, INTAKE, TestMail.PASSWORD));

    private ScreeningIntakeBench bench;
    private JdbcDeliveryReportRepository reports;

    @BeforeEach
    void setUp() {
        bench = new ScreeningIntakeBench(GREEN_MAIL, "vhk_it_delivery_report");
        reports = new JdbcDeliveryReportRepository(new JdbcTransactions(bench.dataSource()));
    }

    @AfterEach
    void tearDown() {
        bench.close();
    }

    @Test
    void aPostfixBounceOfAReceiptIsTiedToItRecordedAndReportedAsAFailedDelivery() throws Exception {
        MimeMessage receipt = acceptedCard();
        Submission card = bench.only(SubmissionState.DELIVERED);

        bench.receive(postfixBounce(receipt), MONDAY_MORNING.plusSeconds(60));
        bench.process();

        MimeMessage notice = single(BEHEER);
        String subject = notice.getSubject();
        assertTrue(subject.startsWith("Bezorging mislukt: ontvangstbevestiging aan de vaste deelnemer"), subject);
        assertFalse(subject.contains("onbekende afzender"), subject);
        String text = flat(text(notice));
        assertTrue(text.contains("Aan: " + DEELNEMER), text);
        assertTrue(text.contains("Hoort bij: inzending " + card.id()), text);
        assertTrue(text.contains("Reden: het adres bestaat niet (meer) of is onbekend bij de ontvangende server"
                + " (status 5.1.1)"), text);
        assertTrue(text.contains("Gemeld door: mail.roosendaal.test"), text);
        assertFalse(text.contains("User unknown"), "nothing of the report's text is quoted");
        assertEquals("auto-generated", header(notice, "Auto-Submitted"));
        assertTrue(notice.isMimeType("multipart/alternative"));

        SentMessage sent = reports.findByMessageId(receipt.getMessageID()).orElseThrow();
        List<DeliveryFailure> recorded = reports.findByOutboxMessage(sent.id());
        assertEquals(1, recorded.size());
        assertEquals("failed", recorded.get(0).action());
        assertEquals(Optional.of("5.1.1"), recorded.get(0).status());
        assertEquals(Optional.of("mail.roosendaal.test"), recorded.get(0).reportingMta());
        Submission report = bench.only(SubmissionState.QUARANTINED);
        assertEquals(report.id(), recorded.get(0).report());
        List<StateChange> history = bench.intake().administration().history(report.id());
        assertTrue(history.stream().anyMatch(c -> c.to() == SubmissionState.QUARANTINED
                && c.reasonCode().equals(RoutingReasons.DELIVERY_REPORT)), history::toString);
        assertTrue(history.stream().noneMatch(c -> c.reasonCode().equals(RoutingReasons.UNKNOWN_SENDER)));
        assertEquals(1, bench.inbox(DEELNEMER).size(), "the bounce is never answered");
    }

    @Test
    void anExchangeReportAboutTheVoorzittersCardIsRecognisedToo() throws Exception {
        acceptedCard();
        MimeMessage summary = single(VOORZITTER);

        bench.receive(exchangeReport(summary), MONDAY_MORNING.plusSeconds(60));
        bench.process();

        MimeMessage notice = single(BEHEER);
        assertTrue(notice.getSubject().startsWith("Bezorging mislukt: nieuwe inbreng met kaart aan de voorzitter"),
                notice.getSubject());
        String text = flat(text(notice));
        assertTrue(text.contains("Reden: de mailbox van de ontvanger is vol (status 5.2.2)"), text);
        assertTrue(text.contains("Aan: " + VOORZITTER), text);
        SentMessage sent = reports.findByMessageId(summary.getMessageID()).orElseThrow();
        assertEquals(1, reports.findByOutboxMessage(sent.id()).size());
    }

    @Test
    void aClassicMailerDaemonBounceWithAnEmptyEnvelopeSenderIsRecognisedByTheGatewaysMessageId() throws Exception {
        MimeMessage receipt = acceptedCard();

        bench.receive(classicBounce(receipt), MONDAY_MORNING.plusSeconds(60));
        bench.process();

        MimeMessage notice = single(BEHEER);
        assertTrue(notice.getSubject().startsWith("Bezorging mislukt: ontvangstbevestiging"), notice.getSubject());
        assertTrue(flat(text(notice)).contains("(status 5.1.1)"), text(notice));
        SentMessage sent = reports.findByMessageId(receipt.getMessageID()).orElseThrow();
        assertEquals(1, reports.findByOutboxMessage(sent.id()).size());
    }

    @Test
    void aReportAboutAMessageTheGatewayDidNotSendIsSetAsideSilently() throws Exception {
        bench.receive(postfixBounceAbout("<not-ours.4711@elsewhere.test>", "Veiligheidskaart"), MONDAY_MORNING);
        bench.process();

        assertTrue(bench.inbox(BEHEER).isEmpty(), "no notice: not about the gateway's mail, and never answered");
        Submission held = bench.only(SubmissionState.QUARANTINED);
        assertTrue(bench.intake().administration().history(held.id()).stream()
                .anyMatch(c -> c.reasonCode().equals(RoutingReasons.AUTOMATED_MESSAGE)));
    }

    @Test
    void aBounceOfANoticeToTheBeheerderIsRecordedButNotReportedAgainNoLoop() throws Exception {
        MimeMessage card = acceptedCard();
        bench.receive(postfixBounce(card), MONDAY_MORNING.plusSeconds(60));
        bench.process();
        MimeMessage notice = single(BEHEER);

        bench.receive(postfixBounce(notice), MONDAY_MORNING.plusSeconds(120));
        bench.process();

        assertEquals(1, bench.inbox(BEHEER).size(), "the bounce of the notice is not reported by another notice");
        SentMessage sent = reports.findByMessageId(notice.getMessageID()).orElseThrow();
        assertEquals(1, reports.findByOutboxMessage(sent.id()).size(), "but it is recorded on the notice");
    }

    /** A clean card from the vaste deelnemer, processed: returns the receipt. */
    private MimeMessage acceptedCard() throws Exception {
        bench.receiveCard(DEELNEMER, "Veiligheidskaart ter bespreking", IntakeCards.clean(), "veiligheidskaart.docx",
                MONDAY_MORNING);
        bench.process();
        return single(DEELNEMER);
    }

    private MimeMessage single(String user) {
        List<MimeMessage> messages = bench.inbox(user);
        assertEquals(1, messages.size(), user);
        return messages.get(0);
    }

    private static byte[] postfixBounce(MimeMessage original) throws Exception {
        return postfixBounceAbout(original.getMessageID(), original.getSubject());
    }

    /** As Postfix writes it: text, message/delivery-status, text/rfc822-headers (RFC 3464). */
    private static byte[] postfixBounceAbout(String messageId, String subject) {
        String boundary = "5A6C1C1E2F.1763283600/mail.roosendaal.test";
        return crlf("Return-Path: <>\n"
                + "Received: by mail.roosendaal.test (Postfix) id 5A6C1C1E2F; Mon, 16 Nov 2026 10:01:00 +0100 (CET)\n"
                + "Date: Mon, 16 Nov 2026 10:01:00 +0100 (CET)\n"
                + "From: MAILER-DAEMON@mail.roosendaal.test (Mail Delivery System)\n"
                + "Subject: Undelivered Mail Returned to Sender\n"
                + "To: " + INTAKE + "\n"
                + "Auto-Submitted: auto-replied\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: multipart/report; report-type=delivery-status;\n"
                + "\tboundary=\"" + boundary + "\"\n"
                + "Content-Transfer-Encoding: 8bit\n"
                + "Message-Id: <20261116090100.5A6C1C1E2F@mail.roosendaal.test>\n"
                + "\n"
                + "This is a MIME-encapsulated message.\n"
                + "\n"
                + "--" + boundary + "\n"
                + "Content-Description: Notification\n"
                + "Content-Type: text/plain; charset=us-ascii\n"
                + "\n"
                + "This is the mail system at host mail.roosendaal.test.\n"
                + "\n"
                + "I'm sorry to have to inform you that your message could not\n"
                + "be delivered to one or more recipients. It's attached below.\n"
                + "\n"
                + "<" + DEELNEMER + ">: host mx.roosendaal.test[192.0.2.25] said: 550 5.1.1\n"
                + "    <" + DEELNEMER + ">: Recipient address rejected: User unknown (in reply to RCPT TO command)\n"
                + "\n"
                + "--" + boundary + "\n"
                + "Content-Description: Delivery report\n"
                + "Content-Type: message/delivery-status\n"
                + "\n"
                + "Reporting-MTA: dns; mail.roosendaal.test\n"
                + "X-Postfix-Queue-ID: 5A6C1C1E2F\n"
                + "X-Postfix-Sender: rfc822; " + INTAKE + "\n"
                + "Arrival-Date: Mon, 16 Nov 2026 10:00:58 +0100 (CET)\n"
                + "\n"
                + "Final-Recipient: rfc822; " + DEELNEMER + "\n"
                + "Original-Recipient: rfc822;" + DEELNEMER + "\n"
                + "Action: failed\n"
                + "Status: 5.1.1\n"
                + "Remote-MTA: dns; mx.roosendaal.test\n"
                + "Diagnostic-Code: smtp; 550 5.1.1 <" + DEELNEMER + ">: Recipient address rejected: User\n"
                + "    unknown\n"
                + "\n"
                + "--" + boundary + "\n"
                + "Content-Description: Undelivered Message Headers\n"
                + "Content-Type: text/rfc822-headers\n"
                + "\n"
                + "Return-Path: <" + INTAKE + ">\n"
                + "From: VeiligheidsTeam West-Brabant West <" + INTAKE + ">\n"
                + "To: " + DEELNEMER + "\n"
                + "Message-ID: " + messageId + "\n"
                + "Subject: " + subject + "\n"
                + "Auto-Submitted: auto-replied\n"
                + "\n"
                + "--" + boundary + "--\n");
    }

    /** As Exchange writes a non-delivery report: alternative text, delivery-status, the original as message/rfc822. */
    private static byte[] exchangeReport(MimeMessage original) throws Exception {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        original.writeTo(raw);
        String boundary = "_000_7d1c3a9b0f2e4c5aEXCH01vhktest_";
        String inner = "_001_7d1c3a9b0f2e4c5aEXCH01vhktest_";
        return (crl("From: postmaster@vht.test\n"
                + "To: " + INTAKE + "\n"
                + "Date: Mon, 16 Nov 2026 09:01:03 +0000\n"
                + "Subject: Onbestelbaar: " + original.getSubject() + "\n"
                + "Thread-Topic: " + original.getSubject() + "\n"
                + "Message-ID: <7d1c3a9b0f2e4c5a@EXCH01.vht.test>\n"
                + "Auto-Submitted: auto-replied\n"
                + "X-MS-Exchange-Message-Is-Ndr:\n"
                + "Content-Language: nl-NL\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"" + boundary + "\"\n"
                + "\n"
                + "--" + boundary + "\n"
                + "Content-Type: multipart/alternative; differences=Content-Type; boundary=\"" + inner + "\"\n"
                + "\n"
                + "--" + inner + "\n"
                + "Content-Type: text/plain; charset=\"us-ascii\"\n"
                + "\n"
                + "Uw bericht kan niet worden bezorgd: de mailbox van de ontvanger is vol.\n"
                + "\n"
                + "--" + inner + "\n"
                + "Content-Type: text/html; charset=\"us-ascii\"\n"
                + "\n"
                + "<html><body><p>Uw bericht kan niet worden bezorgd.</p></body></html>\n"
                + "\n"
                + "--" + inner + "--\n"
                + "\n"
                + "--" + boundary + "\n"
                + "Content-Type: message/delivery-status\n"
                + "\n"
                + "Reporting-MTA: dns;EXCH01.vht.test\n"
                + "Received-From-MTA: dns;mail.gateway.test\n"
                + "Arrival-Date: Mon, 16 Nov 2026 09:01:01 +0000\n"
                + "\n"
                + "Original-Recipient: rfc822;" + VOORZITTER + "\n"
                + "Final-Recipient: rfc822;" + VOORZITTER + "\n"
                + "Action: failed\n"
                + "Status: 5.2.2\n"
                + "Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException\n"
                + "X-Display-Name: Voorzitter VHT\n"
                + "\n"
                + "--" + boundary + "\n"
                + "Content-Type: message/rfc822\n"
                + "\n") + raw.toString(StandardCharsets.ISO_8859_1) + crl("\n--" + boundary + "--\n"))
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    /** An old-style bounce: no report part, the returned message quoted in the text. */
    private static byte[] classicBounce(MimeMessage original) throws Exception {
        return crlf("Return-Path: <>\n"
                + "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.roosendaal.test>\n"
                + "To: " + INTAKE + "\n"
                + "Date: Mon, 16 Nov 2026 10:01:00 +0100\n"
                + "Subject: failure notice\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=us-ascii\n"
                + "\n"
                + "Hi. This is the qmail-send program at mx.roosendaal.test.\n"
                + "I'm afraid I wasn't able to deliver your message to the following addresses.\n"
                + "This is a permanent error; I've given up. Sorry it didn't work out.\n"
                + "\n"
                + "<" + DEELNEMER + ">:\n"
                + "Sorry, no mailbox here by that name. (#5.1.1)\n"
                + "\n"
                + "--- Below this line is a copy of the message.\n"
                + "\n"
                + "From: " + INTAKE + "\n"
                + "Message-ID: " + original.getMessageID() + "\n"
                + "Subject: " + original.getSubject() + "\n");
    }

    private static String crl(String text) {
        return text.replace("\n", "\r\n");
    }

    private static byte[] crlf(String text) {
        return crl(text).getBytes(StandardCharsets.UTF_8);
    }
}
