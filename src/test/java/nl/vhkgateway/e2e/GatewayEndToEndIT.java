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
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import nl.vhkgateway.demo.DemoAccounts;
import nl.vhkgateway.demo.DemoCard;
import nl.vhkgateway.demo.DemoDatabase;
import nl.vhkgateway.demo.GreenMailDemoServer;
import nl.vhkgateway.demo.ImapInbox;
import nl.vhkgateway.demo.MariaDbProvider;
import nl.vhkgateway.demo.PayaraMicroProcess;
import nl.vhkgateway.application.intake.messages.DutchDates;
import nl.vhkgateway.domain.planning.MeetingPlanner;
import nl.vhkgateway.testsupport.TestMail;
import nl.vhkgateway.testsupport.intake.SanitisedCard;
import nl.vhkgateway.testsupport.intake.ScreeningIntakeBench;
import nl.vhkgateway.testsupport.intake.ScreeningIntakeBench.Attached;
import nl.vhkgateway.demo.RunningMariaDb;
import nl.vhkgateway.demo.SendDemoCard;
import nl.vhkgateway.demo.TmpDir;

/**
 * End to end, on the customer's stack: the built WAR on a real Payara Micro (child process, booted once for this
 * class), GreenMail with the demo accounts on free ports, a real MariaDB (the one at 127.0.0.1:3306, or an embedded
 * one), configured by {@code config/demo.properties} plus environment overrides, exactly as the run command does.
 */
class GatewayEndToEndIT {

    /** Unique per run: several checkouts on one machine may run this test against the same MariaDB at once. */
    private static final String RUN_ID = Long.toString(ProcessHandle.current().pid());
    private static final String DATABASE = "vhk_it_gatewayendtoend_" + RUN_ID;
    private static final String DB_USER = "vhk_e2e_" + RUN_ID;
    private static final String INTAKE = "veiligheidsteam@gateway.test";
    private static final String VOORZITTER = "voorzitter@vht.test";
    private static final String SENDER = "deelnemer@roosendaal.test";
    private static final String BEHEER = "beheer@gateway.test";
    private static final Duration DELIVERY_TIMEOUT = Duration.ofSeconds(10);
    /** Screening the first card in a cold JVM takes a few seconds more. */
    private static final Duration SCREENING_TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern SUBMISSION_NUMBER = Pattern.compile("VHT-\\d{4}-\\d{4,}");
    private static final Path WORK = Path.of("target", "e2e");

    private static DemoAccounts accounts;
    private static GreenMailDemoServer mail;
    private static RunningMariaDb dbServer;
    private static PayaraMicroProcess payara;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void startGateway() {
        TmpDir.ensureExists();
        accounts = DemoAccounts.load(DemoAccounts.DEFAULT_FILE);
        mail = new GreenMailDemoServer(accounts, 0, 0).start();
        dbServer = MariaDbProvider.startOrConnect(Path.of("target", "it-mariadb"));
        dbServer.recreateDatabase(DATABASE);
        String dbPassword = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
        DemoDatabase database = DemoDatabase.prepare(dbServer, DATABASE, DB_USER, dbPassword);

        payara = PayaraMicroProcess.builder(Path.of(System.getProperty("vhk.war", "target/vhk-gateway.war")))
                .port(PayaraMicroProcess.freePort())
                .rootDir(WORK.resolve("payara"))
                .logFile(WORK.resolve("payara.log"))
                .maxHeap("384m")
                .environment("VHK_CONFIG_FILE", Path.of("config", "demo.properties").toAbsolutePath().toString())
                .environment("VHK_IMAP_PORT", Integer.toString(mail.imapPort()))
                .environment("VHK_SMTP_PORT", Integer.toString(mail.smtpPort()))
                .environment("VHK_DB_URL", database.url())
                .environment("VHK_DB_USER", database.user())
                .environment("VHK_DB_PASSWORD", database.password())
                .environment("VHK_HEALTH_CACHE_SECONDS", "0")
                .environment("VHK_HEALTH_TIMEOUT_SECONDS", "3")
                .environment("VHK_INTAKE_POLL_INTERVAL_SECONDS", "1")
                .build()
                .start();
        payara.awaitDeployed(Duration.ofMinutes(3), System.out::println);
    }

    @AfterAll
    static void stopGateway() {
        if (payara != null) {
            payara.close();
        }
        if (mail != null) {
            mail.close();
        }
        if (dbServer != null) {
            dbServer.dropDatabase(DATABASE);
            DemoDatabase.dropUser(dbServer, DB_USER);
            dbServer.close();
        }
    }

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
    void cleanCardFromAVasteDeelnemerReachesTheVoorzitterScreenedWithSummaryAndTheSenderGetsAReceipt()
            throws Exception {
        byte[] docx = Files.readAllBytes(Path.of("docs", "demo", "voorbeeld-veiligheidskaart.docx"));
        MimeMessage card = SendDemoCard.cardMessage(smtpSession(), SENDER, INTAKE, docx,
                "voorbeeld-veiligheidskaart.docx");
        Transport.send(card, SENDER, accounts.password(SENDER));
        String messageId = card.getMessageID();

        MimeMessage summary = awaitValue(SCREENING_TIMEOUT, () -> TestMail.folder(mail.greenMail(), VOORZITTER, "INBOX")
                .stream().filter(m -> subject(m).startsWith("Nieuwe inbreng")).findFirst().orElse(null));
        Matcher number = SUBMISSION_NUMBER.matcher(subject(summary));
        assertTrue(number.find(), subject(summary));
        List<Attached> files = ScreeningIntakeBench.attachments(summary);
        assertEquals(1, files.size(), "only the sanitised card travels, never the original");
        assertEquals("Veiligheidskaart " + number.group() + ".docx", files.get(0).fileName());
        SanitisedCard.assertSanitised(files.get(0).content());
        assertFalse(summary.getMessageID().equals(messageId), "a new message");

        MimeMessage receipt = awaitValue(SCREENING_TIMEOUT, () -> TestMail.folder(mail.greenMail(), SENDER, "INBOX")
                .stream().filter(m -> subject(m).contains(number.group())).findFirst().orElse(null));
        assertEquals(messageId, receipt.getHeader("In-Reply-To", null));

        ImapInbox intake = inbox(INTAKE);
        awaitValue(DELIVERY_TIMEOUT, () -> intake.messages("Verwerkt").stream()
                .filter(message -> message.messageId().equals(messageId)).findFirst().orElse(null));
        assertTrue(intake.messages("INBOX").stream().noneMatch(message -> message.messageId().equals(messageId)),
                "the original must have left the INBOX");

        // the beheerder sees the submission, delivered, with its history; the receipt names the earliest meeting
        HttpResponse<String> listed = get("api/submissions?state=DELIVERED", "beheerder:demo");
        assertEquals(200, listed.statusCode(), listed.body());
        JsonObject submission = Json.createReader(new StringReader(listed.body())).readArray().stream()
                .map(JsonValue::asJsonObject)
                .filter(json -> json.getString("messageId").equals(messageId))
                .findFirst().orElseThrow(() -> new AssertionError(listed.body()));
        assertEquals(SENDER, submission.getString("sender"));
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
                SENDER, accounts.password(SENDER));
        String messageId = card.getMessageID();

        MimeMessage notice = awaitValue(SCREENING_TIMEOUT, () -> TestMail.folder(mail.greenMail(), BEHEER, "INBOX")
                .stream().filter(m -> subject(m).startsWith("Quarantaine")).findFirst().orElse(null));
        assertTrue(subject(notice).contains("inzending"), subject(notice));
        JsonObject held = awaitValue(DELIVERY_TIMEOUT, () -> {
            HttpResponse<String> listed = get("api/quarantine", "beheerder:demo");
            return Json.createReader(new StringReader(listed.body())).readArray().stream()
                    .map(JsonValue::asJsonObject).filter(json -> json.getString("messageId").equals(messageId))
                    .findFirst().orElse(null);
        });
        assertEquals("UNKNOWN_SENDER", held.getString("senderVerdict"));
        assertTrue(held.getBoolean("contentKept"));
        assertFalse(held.toString().contains("kaart.docx"), "no attachment names in the quarantine view");
        assertTrue(TestMail.folder(mail.greenMail(), VOORZITTER, "INBOX").stream()
                .noneMatch(m -> subject(m).contains("inzending " + held.getJsonNumber("id"))), "nothing forwarded");
        assertTrue(TestMail.folder(mail.greenMail(), stranger, "INBOX").isEmpty(), "no answer to an unknown sender");

        long id = held.getJsonNumber("id").longValue();
        assertEquals(401, get("api/quarantine", null).statusCode());
        assertEquals(200, get("api/quarantine/" + id, "beheerder:demo").statusCode());
        HttpResponse<String> deleted = send("DELETE", "api/quarantine/" + id, "beheerder:demo");
        assertEquals(200, deleted.statusCode(), deleted.body());
        assertEquals("DISCARDED", json(deleted.body()).getString("state"));
        assertFalse(json(deleted.body()).getBoolean("contentKept"));
        assertEquals(409, post("api/quarantine/" + id + "/release", "beheerder:demo").statusCode());
        assertEquals(404, post("api/quarantine/999999/release", "beheerder:demo").statusCode());
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
        int smtpPort = mail.smtpPort();
        int imapPort = mail.imapPort();
        mail.close();
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
            mail = new GreenMailDemoServer(accounts, smtpPort, imapPort).start();
        }
        HttpResponse<String> up = awaitValue(Duration.ofSeconds(20), () -> {
            HttpResponse<String> response = get("api/health", null);
            return response.statusCode() == 200 ? response : null;
        });
        assertEquals("UP", json(up.body()).getString("status"));
    }

    private static Session smtpSession() {
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.host", mail.host());
        properties.setProperty("mail.smtp.port", Integer.toString(mail.smtpPort()));
        properties.setProperty("mail.smtp.auth", "true");
        return Session.getInstance(properties);
    }

    private static ImapInbox inbox(String address) {
        return new ImapInbox(mail.host(), mail.imapPort(), address, accounts.password(address));
    }

    private static HttpResponse<String> get(String path, String basicLogin) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(payara.baseUri() + path))
                .timeout(Duration.ofSeconds(15)).GET();
        if (basicLogin != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(basicLogin.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String basicLogin) throws Exception {
        return send("POST", path, basicLogin);
    }

    private static HttpResponse<String> send(String method, String path, String basicLogin) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(payara.baseUri() + path))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(basicLogin.getBytes(StandardCharsets.UTF_8)))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject() == null ? "" : message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }

    /** Polls {@code probe} until it gives a value (non-null) or the timeout passes; failures count as "not yet". */
    private static <T> T awaitValue(Duration timeout, Callable<T> probe) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline) {
            try {
                T value = probe.call();
                if (value != null) {
                    return value;
                }
            } catch (Exception e) {
                last = e;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("Not within " + timeout.toSeconds() + " s" + (last == null ? "" : ": " + last)
                + "; Payara log: " + payara.logFile().toAbsolutePath());
    }
}
