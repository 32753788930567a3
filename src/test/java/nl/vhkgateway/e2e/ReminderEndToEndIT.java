package nl.vhkgateway.e2e;

import jakarta.json.JsonObject;
import jakarta.mail.Flags;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.vhkgateway.application.agenda.AgendaMailComposer;
import nl.vhkgateway.demo.SendDemoCard;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.testsupport.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reminders and the weekly overview survive a kill -9 end to end (issue 10), on a gateway of its own (real Payara
 * Micro, GreenMail, MariaDB; {@code config/demo.properties}) whose agenda clock is moved by a file
 * ({@code vhk.agenda.clock-file}). A card received on Monday 2 November 2026 is proposed for Tuesday 10 November;
 * the voorzitter accepts it <b>by mail</b> ("AKKOORD VHT-…", the demo's weaker sender authentication) and gets the
 * Dutch confirmation; the vaste deelnemer records the outcome, so the parents' reaction is due Tuesday 17 November and
 * its "near" reminder falls on Friday 13 November. The clock moves to that Friday 09:00 Amsterdam and Payara is killed
 * with SIGKILL two seconds later (the agenda loop runs every 5 s) and started again; then to Monday 16 November 08:00
 * (the weekly overview) with another kill. Each mail must arrive exactly once, counted by its deterministic
 * Message-ID, after three more dispatch rounds.
 *
 * <p>The dates lie before the day the test was written (5 December 2026) on purpose: what the agenda queues carries
 * the agenda clock's time in the outbox, and the dispatcher (on the system clock) sends nothing queued "in the future".
 */
class ReminderEndToEndIT {

    private static final String INTAKE = "veiligheidsteam@gateway.test";
    private static final String VOORZITTER = "voorzitter@vht.test";
    private static final String ROOSENDAAL = "deelnemer@roosendaal.test";
    private static final String BEHEERDER = "beheerder:demo";
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    /**
     * After a kill: the restart (minutes on a loaded machine), the leadership lease, and, when the kill fell between
     * the dispatcher's claim and the SMTP send, the claim's 5-minute sending lease before the restarted one sends it.
     */
    private static final Duration AFTER_KILL = Duration.ofMinutes(8);
    private static final Pattern NUMBER = Pattern.compile("VHT-\\d{4}-\\d{4,}");

    private static RunningGateway gateway;
    private static Path clockFile;
    private static final AgendaMailComposer IDS = new AgendaMailComposer(MailAddress.of(INTAKE), Clock.systemUTC());

    @BeforeAll
    static void ownGateway() throws Exception {
        clockFile = Path.of("target", "e2e-reminders-clock.txt").toAbsolutePath();
        Files.createDirectories(clockFile.getParent());
        moveClockTo(Instant.parse("2026-11-02T10:00:00Z"));   // Monday 11:00 Amsterdam
        gateway = RunningGateway.own("reminders", Map.of("VHK_AGENDA_CLOCK_FILE", clockFile.toString(),
                "VHK_AGENDA_PROPOSE_INTERVAL_SECONDS", "5"));
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void aTermReminderAndTheWeeklyOverviewAreSentExactlyOnceAcrossAKillOfPayara() throws Exception {
        String number = submitOnMonday(ROOSENDAAL, "<reminder-e2e-1@roosendaal.test>");
        assertEquals("2026-11-10", awaitCase(number, "PROPOSED").getString("meeting"));

        // the voorzitter accepts by mail; the intake recognises the keyword before the unknown-sender check
        voorzitterMail("Re: akkoord " + number.toLowerCase());
        awaitCase(number, "ACCEPTED");
        List<MimeMessage> confirmations = gateway.awaitValue(TIMEOUT, () -> nonEmpty(withSubject(VOORZITTER,
                "Bevestiging: " + number + " staat op de agenda van dinsdag 10 november 2026")));
        assertEquals(1, confirmations.size());

        HttpResponse<String> outcome = gateway.postJson("api/agenda/cases/" + number + "/outcome",
                ROOSENDAAL + ":demo", "{\"interventionTalkAdvised\":false,\"monitoringDate\":\"2027-02-09\"}");
        assertEquals(200, outcome.statusCode(), outcome.body());
        assertTrue(outcome.body().contains("2026-11-17"), outcome.body());

        // the "near" reminder of the parents' reaction: Friday 13 November, Payara killed at the moment
        String reminderSubject = "Herinnering " + number + ": termijn verloopt op dinsdag 17 november 2026";
        String reminderId = IDS.messageId("REMINDER/" + number + "/PARENTS_REACTION/2026-11-17/NEAR");
        assertTrue(withSubject(ROOSENDAAL, reminderSubject).isEmpty(), "not before its day");
        moveClockTo(Instant.parse("2026-11-13T08:00:00Z"));   // Friday 09:00 Amsterdam
        Thread.sleep(2_000);
        gateway.killAndRestartPayara();
        awaitAfterKill(number, () -> nonEmpty(withSubject(ROOSENDAAL, reminderSubject)));
        Thread.sleep(15_000);   // three dispatch rounds: a duplicate would show up here
        assertEquals(List.of(reminderId), messageIds(withSubject(ROOSENDAAL, reminderSubject)),
                "exactly one reminder, with the Message-ID of its ledger key");

        // the weekly overview: Monday 16 November 08:00 Amsterdam, Payara killed again
        String overviewSubject = "Weekoverzicht termijnen VeiligheidsTeam 16 november 2026";
        moveClockTo(Instant.parse("2026-11-16T07:00:30Z"));
        Thread.sleep(2_000);
        gateway.killAndRestartPayara();
        awaitAfterKill(number, () -> nonEmpty(withSubject(VOORZITTER, overviewSubject)));
        Thread.sleep(15_000);
        List<MimeMessage> overviews = withSubject(VOORZITTER, overviewSubject);
        assertEquals(List.of(IDS.messageId("OVERVIEW/2026-11-16")), messageIds(overviews), "exactly one overview");
        String text = TestMail.plainText(overviews.get(0));
        assertTrue(text.contains(number), text);
        assertEquals(List.of(reminderId), messageIds(withSubject(ROOSENDAAL, reminderSubject)),
                "the reminder was not sent again after the second restart");
        assertEquals(1, withSubject(VOORZITTER, "Bevestiging: " + number).size(), "confirmation once");
    }

    /** Waits for {@code probe}; on a time-out prints the card's outgoing messages (states only) for the diagnosis. */
    private static void awaitAfterKill(String number, java.util.concurrent.Callable<List<MimeMessage>> probe)
            throws Exception {
        try {
            gateway.awaitValue(AFTER_KILL, probe);
        } catch (AssertionError e) {
            HttpResponse<String> list = gateway.get("api/submissions?number=" + number, BEHEERDER);
            System.out.println("submissions of " + number + ": " + list.body());
            Matcher id = Pattern.compile("\"id\"\\s*:\\s*\"?(\\d+)").matcher(list.body());
            if (id.find()) {
                System.out.println("submission: " + gateway.get("api/submissions/" + id.group(1), BEHEERDER).body());
            }
            throw e;
        }
    }

    /** Puts a demo card from {@code sender} in the intake mailbox as received on Monday 2 Nov 2026; its number. */
    private static String submitOnMonday(String sender, String messageId) throws Exception {
        byte[] docx = Files.readAllBytes(Path.of("docs", "demo", "voorbeeld-veiligheidskaart.docx"));
        MimeMessage card = SendDemoCard.cardMessage(gateway.smtpSession(), sender, INTAKE, docx,
                "voorbeeld-veiligheidskaart.docx");
        card.setHeader("Message-ID", messageId);
        append(card, Date.from(Instant.parse("2026-11-02T09:00:00Z")));
        var greenMail = gateway.mail().greenMail();
        MimeMessage receipt = gateway.awaitValue(TIMEOUT, () -> TestMail.folder(greenMail, sender, "INBOX").stream()
                .filter(m -> messageId.equals(header(m, "In-Reply-To"))).findFirst().orElse(null));
        Matcher number = NUMBER.matcher(TestMail.subject(receipt));
        assertTrue(number.find(), TestMail.subject(receipt));
        return number.group();
    }

    private static void voorzitterMail(String subject) throws Exception {
        MimeMessage mail = new MimeMessage(gateway.smtpSession());
        mail.setFrom(new InternetAddress(VOORZITTER));
        mail.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(INTAKE));
        mail.setSubject(subject, "UTF-8");
        mail.setText("Prima, akkoord.", "UTF-8");
        mail.setHeader("Message-ID", "<akkoord-reminder-e2e@vht.test>");
        mail.saveChanges();
        mail.setHeader("Message-ID", "<akkoord-reminder-e2e@vht.test>");
        append(mail, new Date());
    }

    private static void append(MimeMessage message, Date receivedAt) throws Exception {
        var greenMail = gateway.mail().greenMail();
        greenMail.getManagers().getImapHostManager().getInbox(greenMail.getUserManager().getUserByEmail(INTAKE))
                .appendMessage(message, new Flags(), receivedAt);
    }

    private static JsonObject awaitCase(String number, String state) throws Exception {
        return gateway.awaitValue(TIMEOUT, () -> {
            HttpResponse<String> response = gateway.get("api/agenda/cases/" + number, BEHEERDER);
            if (response.statusCode() != 200) {
                return null;
            }
            JsonObject json = RunningGateway.json(response.body());
            return json.getString("state").equals(state) ? json : null;
        });
    }

    private static List<MimeMessage> withSubject(String address, String prefix) {
        return TestMail.folder(gateway.mail().greenMail(), address, "INBOX").stream()
                .filter(m -> TestMail.subject(m).startsWith(prefix)).toList();
    }

    private static List<MimeMessage> nonEmpty(List<MimeMessage> messages) {
        return messages.isEmpty() ? null : messages;
    }

    private static List<String> messageIds(List<MimeMessage> messages) {
        return messages.stream().map(m -> header(m, "Message-ID")).toList();
    }

    private static void moveClockTo(Instant at) throws Exception {
        Files.writeString(clockFile, at.toString(), StandardCharsets.UTF_8);
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

}
