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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.vhkgateway.demo.DemoCard;
import nl.vhkgateway.demo.ImapInbox;
import nl.vhkgateway.demo.ImapInbox.MailSummary;
import nl.vhkgateway.demo.SendDemoCard;

/**
 * End to end, on the customer's stack: the built WAR on a real Payara Micro (child process), GreenMail with the demo
 * accounts on free ports, a real MariaDB, configured by {@code config/demo.properties} plus environment overrides,
 * exactly as the run command does ({@link RunningGateway}, booted once for all end-to-end test classes).
 */
class GatewayEndToEndIT {

    private static final String INTAKE = "veiligheidsteam@gateway.test";
    private static final String VOORZITTER = "voorzitter@vht.test";
    private static final String SENDER = "deelnemer@roosendaal.test";
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(10);

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
        assertFalse(health.getString("version").isBlank());
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
    void cardMailedToTheIntakeMailboxReachesTheVoorzitterAndTheOriginalIsMovedToVerwerkt() throws Exception {
        MimeMessage card = SendDemoCard.cardMessage(smtpSession(), SENDER, INTAKE, DemoCard.create(),
                "veiligheidskaart.docx");
        Transport.send(card, SENDER, gateway().accounts().password(SENDER));
        String messageId = card.getMessageID();

        ImapInbox voorzitter = inbox(VOORZITTER);
        MailSummary delivered = awaitValue(DELIVERY_TIMEOUT, () -> voorzitter.messages("INBOX").stream()
                .filter(MailSummary::hasDocx).findFirst().orElse(null));
        assertTrue(delivered.hasDocx(), delivered.toString());

        ImapInbox intake = inbox(INTAKE);
        awaitValue(DELIVERY_TIMEOUT, () -> intake.messages("Verwerkt").stream()
                .filter(message -> message.messageId().equals(messageId)).findFirst().orElse(null));
        assertTrue(intake.messages("INBOX").stream().noneMatch(message -> message.messageId().equals(messageId)),
                "the original must have left the INBOX");

        // the beheerder sees the submission, delivered, with its history
        HttpResponse<String> listed = get("api/submissions?state=DELIVERED", "beheerder:demo");
        assertEquals(200, listed.statusCode(), listed.body());
        JsonObject submission = Json.createReader(new StringReader(listed.body())).readArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(json -> json.getString("messageId").equals(messageId))
                .findFirst().orElseThrow(() -> new AssertionError(listed.body()));
        assertEquals(SENDER, submission.getString("sender"));
        HttpResponse<String> detail = get("api/submissions/" + submission.getJsonNumber("id").longValue(),
                "beheerder:demo");
        assertEquals(200, detail.statusCode(), detail.body());
        assertTrue(json(detail.body()).getJsonArray("history").size() >= 3, detail.body());
        assertEquals(409, post("api/submissions/" + submission.getJsonNumber("id").longValue() + "/reprocess",
                "beheerder:demo").statusCode(), "only a submission in ERROR can be reprocessed");
    }

    @Test
    void beheerderListsSubmissionsInErrorAndOthersCannot() throws Exception {
        HttpResponse<String> errors = get("api/submissions", "beheerder:demo");
        assertEquals(200, errors.statusCode(), errors.body());
        assertTrue(errors.body().startsWith("["), errors.body());
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
        HttpResponse<String> up = awaitValue(Duration.ofSeconds(20), () -> {
            HttpResponse<String> response = get("api/health", null);
            return response.statusCode() == 200 ? response : null;
        });
        assertEquals("UP", json(up.body()).getString("status"));
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
