package nl.vhkgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.vhkgateway.demo.DemoCard;
import nl.vhkgateway.demo.ImapInbox;
import nl.vhkgateway.demo.SendDemoCard;
import nl.vhkgateway.application.intake.messages.DutchDates;
import nl.vhkgateway.domain.planning.MeetingPlanner;
import nl.vhkgateway.testsupport.TestMail;
import nl.vhkgateway.testsupport.intake.SanitisedCard;
import nl.vhkgateway.testsupport.intake.ScreeningIntakeBench;
import nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.Attached;

/**
 * End to end, on the customer's stack: the built WAR on a real Payara Micro (child process), GreenMail with the demo
 * accounts on free ports, a real MariaDB, configured by {@code config/demo.properties} plus environment overrides,
 * exactly as the run command does ({@link RunningGateway}, booted once for all end-to-end test classes).
 */
class GatewayEndToEndIT {

    private static final String INTAKE = "veiligheidsteam@gateway.test";
    private static final String VOORZITTER = "voorzitter@vht.test";
    private static final String SENDER = "deelnemer@roosendaal.test";
    private static final String BEHEER = "beheer@gateway.test";
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(10);
    /** Screening the first card in a cold JVM takes a few seconds more. */
    private static final Duration SCREENING_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern SUBMISSION_NUMBER = Pattern.compile("VHT-\\d{4}-\\d{4,}");

    @RegisterExtension
    static final RunningGateway.Extension GATEWAY = new RunningGateway.Extension();

    @Test
    void healthIsUpWithEveryDependencyChecked() throws Exception {
        HttpResponse<String> response = get("api/health", null);

        assertEquals(200, response.statusCode(), response.body());
        JsonObject health = json(response.body());
        assertEquals("UP", health.getString("status"));
        assertEquals("UP", health.getString("database"));
        assertEquals("UP", health.getString("intakeMailbox"));
        assertEquals("UP", health.getString("smtp"));
        assertEquals("UP", health.getString("intakeWorkers"));
        assertFalse(health.containsKey("version"), "no version for anonymous callers (issue 11)");
        assertTrue(response.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    }

    @Test
    void restApiAsksForALoginAndKnowsTheBeheerder() throws Exception {
        HttpResponse<String> anonymous = get("api/session", null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));

        assertEquals(401, get("api/session", "beheerder:wrong-password").statusCode());
        assertEquals(401, get("api/session", "somebody:demo").statusCode());

        HttpResponse<String> beheerder = get("api/session", "beheerder:demo");
        assertEquals(200, beheerder.statusCode(), beheerder.body());
        JsonObject session = json(beheerder.body());
        assertEquals("beheerder", session.getString("user"));
        assertEquals(List.of("beheerder"), session.getJsonArray("roles").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
    }

    @Test
    void cleanCardFromAVasteDeelnemerReachesTheVoorzitterScreenedWithSummaryAndTheSenderGetsAReceipt()
            throws Exception {
        byte[] docx = Files.readAllBytes(Path.of("docs", "demo", "voorbeeld-veiligheidskaart.docx"));
        MimeMessage card = SendDemoCard.cardMessage(smtpSession(), SENDER, INTAKE, docx,
                "voorbeeld-veiligheidskaart.docx");
        Transport.send(card, SENDER, gateway().accounts().password(SENDER));
        String messageId = card.getMessageID();

        // the answer to this very message (other test classes share the gateway and its mailboxes)
        MimeMessage receipt = awaitValue(SCREENING_TIMEOUT, () -> mailbox(SENDER).stream()
                .filter(m -> messageId.equals(header(m, "In-Reply-To"))).findFirst().orElse(null));
        Matcher number = SUBMISSION_NUMBER.matcher(subject(receipt));
        assertTrue(number.find(), subject(receipt));
        assertEquals(number.group(), header(receipt, "X-VHK-Inbrengnummer"));
        assertEquals("geaccepteerd", header(receipt, "X-VHK-Uitkomst"));
        assertEquals("auto-replied", header(receipt, "Auto-Submitted"));
        MimeMessage summary = awaitValue(SCREENING_TIMEOUT, () -> mailbox(VOORZITTER).stream()
                .filter(m -> subject(m).startsWith("Nieuwe inbreng " + number.group())).findFirst().orElse(null));
        assertEquals("auto-generated", header(summary, "Auto-Submitted"));
        List<Attached> files = ScreeningIntakeBench.attachments(summary);
        assertEquals(1, files.size(), "only the sanitised card travels, never the original");
        assertEquals("Veiligheidskaart " + number.group() + ".docx", files.get(0).fileName());
        SanitisedCard.assertSanitised(files.get(0).content());
        assertFalse(summary.getMessageID().equals(messageId), "a new message");
        // the receipt names the mail it answers
        String receiptText = ScreeningIntakeBench.flat(ScreeningIntakeBench.text(receipt));
        assertTrue(receiptText.contains("Onderwerp: \"Veiligheidskaart ter bespreking\""), receiptText);
        assertTrue(receiptText.contains("Bijlage: voorbeeld-veiligheidskaart.docx"), receiptText);
        assertTrue(receiptText.contains("Verstuurd op: "), receiptText);

        ImapInbox intake = inbox(INTAKE);
        awaitValue(DELIVERY_TIMEOUT, () -> intake.messages("Verwerkt").stream()
                .filter(message -> message.messageId().equals(messageId)).findFirst().orElse(null));
        assertTrue(intake.messages("INBOX").stream().noneMatch(message -> message.messageId().equals(messageId)),
                "the original must have left the INBOX");

        // the beheerder sees the submission, delivered, with its history; the receipt names the earliest meeting
        HttpResponse<String> listed = get("api/submissions?state=DELIVERED", "beheerder:demo");
        assertEquals(200, listed.statusCode(), listed.body());
        JsonObject submission = json(listed.body()).getJsonArray("items").stream()
                .map(JsonValue::asJsonObject)
                .filter(json -> json.getString("messageId").equals(messageId))
                .findFirst().orElseThrow(() -> new AssertionError(listed.body()));
        assertEquals(SENDER, submission.getString("sender"));
        assertEquals("ACCEPTED", submission.getString("senderVerdict"));
        assertEquals("ACCEPT", submission.getString("screeningVerdict"));
        String listedNumber = submission.getString("submissionNumber");
        assertEquals(number.group(), listedNumber);
        JsonObject byNumber = json(get("api/submissions?number=" + listedNumber, "beheerder:demo").body());
        assertEquals(1, byNumber.getInt("total"), byNumber.toString());
        assertEquals(messageId, byNumber.getJsonArray("items").getJsonObject(0).getString("messageId"));
        String earliest = DutchDates.withWeekday(new MeetingPlanner().earliestMeeting(
                Instant.parse(submission.getString("receivedAt")), MeetingPlanner.TEAM_ZONE));
        assertTrue(ScreeningIntakeBench.flat(ScreeningIntakeBench.text(receipt)).contains(earliest), earliest);
        assertTrue(ScreeningIntakeBench.flat(ScreeningIntakeBench.text(summary)).contains(earliest), earliest);
        HttpResponse<String> detail = get("api/submissions/" + submission.getJsonNumber("id").longValue(),
                "beheerder:demo");
        assertEquals(200, detail.statusCode(), detail.body());
        List<String> states = json(detail.body()).getJsonArray("history").stream()
                .map(change -> change.asJsonObject().getString("to")).toList();
        assertTrue(states.containsAll(List.of("RECEIVED", "SCREENED", "ACCEPTED", "DELIVERED")), states::toString);
        assertEquals(409, post("api/submissions/" + submission.getJsonNumber("id").longValue() + "/reprocess",
                "beheerder:demo").statusCode(), "only a submission in ERROR can be reprocessed");
    }

    @Test
    void mailFromAnUnknownSenderReachesNobodyAndTheBeheerderManagesItInQuarantine() throws Exception {
        String stranger = "onbekend@elders.test";
        MimeMessage card = SendDemoCard.cardMessage(smtpSession(), stranger, INTAKE, DemoCard.create(), "kaart.docx");
        Transport.send(card, new jakarta.mail.Address[] {new jakarta.mail.internet.InternetAddress(INTAKE)},
                SENDER, gateway().accounts().password(SENDER));
        String messageId = card.getMessageID();

        JsonObject held = awaitValue(SCREENING_TIMEOUT, () -> {
            HttpResponse<String> listed = get("api/quarantine", "beheerder:demo");
            return json(listed.body()).getJsonArray("items").stream()
                    .map(JsonValue::asJsonObject).filter(json -> json.getString("messageId").equals(messageId))
                    .findFirst().orElse(null);
        });
        long id = held.getJsonNumber("id").longValue();
        MimeMessage notice = awaitValue(DELIVERY_TIMEOUT, () -> mailbox(BEHEER).stream()
                .filter(m -> subject(m).contains("(inzending " + id + ")")).findFirst().orElse(null));
        assertTrue(subject(notice).startsWith("Quarantaine"), subject(notice));
        assertEquals("UNKNOWN_SENDER", held.getString("senderVerdict"));
        assertEquals("UNKNOWN_SENDER", held.getString("reason"));
        assertTrue(held.getBoolean("contentKept"));
        assertFalse(held.toString().contains("kaart.docx"), "no attachment names in the quarantine view");
        assertTrue(mailbox(stranger).isEmpty(), "no answer to an unknown sender");

        assertEquals(401, get("api/quarantine", null).statusCode());
        assertEquals(200, get("api/quarantine/" + id, "beheerder:demo").statusCode());
        HttpResponse<String> deleted = gateway().delete("api/quarantine/" + id, "beheerder:demo");
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals("DISCARDED", json(deleted.body()).getString("state"));
        assertFalse(json(deleted.body()).getBoolean("contentKept"));
        assertEquals(409, post("api/quarantine/" + id + "/release", "beheerder:demo").statusCode());
        assertEquals(404, post("api/quarantine/999999/release", "beheerder:demo").statusCode());
    }

    @Test
    void beheerderListsSubmissionsInErrorAndOthersCannot() throws Exception {
        HttpResponse<String> errors = get("api/submissions", "beheerder:demo");
        assertEquals(200, errors.statusCode(), errors.body());
        assertTrue(json(errors.body()).containsKey("total"), errors.body());
        assertEquals(401, get("api/submissions", null).statusCode());
        assertEquals(404, post("api/submissions/999999/reprocess", "beheerder:demo").statusCode());
        assertEquals(400, get("api/submissions?state=NONSENSE", "beheerder:demo").statusCode());
    }

    @Test
    void healthTurns503WhenTheMailServerStopsAndRecovers() throws Exception {
        int smtpPort = gateway().mail().smtpPort();
        int imapPort = gateway().mail().imapPort();
        gateway().stopMail();
        try {
            JsonObject down = awaitValue(Duration.ofSeconds(20), () -> {
                HttpResponse<String> response = get("api/health", null);
                return response.statusCode() == 503 ? json(response.body()) : null;
            });
            assertEquals("DOWN", down.getString("status"));
            assertEquals("DOWN", down.getString("intakeMailbox"));
            assertEquals("DOWN", down.getString("smtp"));
            assertEquals("UP", down.getString("database"));
        } finally {
            gateway().restartMail(smtpPort, imapPort);
        }
        // 200 comes first as DEGRADED while the watcher waits for its next reconnect attempt; then UP
        HttpResponse<String> up = awaitValue(Duration.ofSeconds(60), () -> {
            HttpResponse<String> response = get("api/health", null);
            return response.statusCode() == 200 && "UP".equals(json(response.body()).getString("status")) ? response
                    : null;
        });
        assertEquals("UP", json(up.body()).getString("status"));
    }

    private static List<MimeMessage> mailbox(String address) {
        return TestMail.folder(gateway().mail().greenMail(), address, "INBOX");
    }

    private static String header(MimeMessage message, String name) {
        try {
            return message.getHeader(name, null);
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RunningGateway gateway() {
        return GATEWAY.gateway();
    }

    private static Session smtpSession() {
        return gateway().smtpSession();
    }

    private static ImapInbox inbox(String address) {
        return gateway().inbox(address);
    }

    private static HttpResponse<String> get(String path, String basicLogin) throws Exception {
        return gateway().get(path, basicLogin);
    }

    private static HttpResponse<String> post(String path, String basicLogin) throws Exception {
        return gateway().post(path, basicLogin);
    }

    private static JsonObject json(String body) {
        return RunningGateway.json(body);
    }

    private static <T> T awaitValue(Duration timeout, Callable<T> probe) throws InterruptedException {
        return gateway().awaitValue(timeout, probe);
    }

    @Test
    void aVasteDeelnemerLogsInThroughTheParticipantStoreWithoutBeheerderRights() throws Exception {
        // seeded from config/demo-register.json by the start-up (SchemaMigrated -> RegisterSeeding)
        HttpResponse<String> session = get("api/session", SENDER + ":demo");
        assertEquals(200, session.statusCode(), session.body());
        assertEquals("[\"deelnemer\"]", json(session.body()).getJsonArray("roles").toString());
        assertEquals(403, get("api/submissions", SENDER + ":demo").statusCode());
        assertEquals(401, get("api/session", SENDER + ":wrong").statusCode());
    }

}
