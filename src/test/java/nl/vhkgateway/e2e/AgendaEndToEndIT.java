package nl.vhkgateway.e2e;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Flags;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import nl.vhkgateway.demo.SendDemoCard;
import nl.vhkgateway.domain.participant.PemCertificate;
import nl.vhkgateway.infrastructure.crypto.SmimeTestKeys;
import nl.vhkgateway.testsupport.TestMail;
import org.bouncycastle.cms.jcajce.JceKeyTransEnvelopedRecipient;
import org.bouncycastle.cms.jcajce.JceKeyTransRecipientId;
import org.bouncycastle.mail.smime.SMIMEEnveloped;
import org.bouncycastle.mail.smime.SMIMEUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The agenda end to end on a gateway of its own (real Payara Micro, GreenMail, MariaDB; {@code config/demo.properties}),
 * whose agenda clock is moved by a file ({@code vhk.agenda.clock-file}): a card received on Monday 30 November 2026 is
 * proposed for Tuesday 8 December; the voorzitter (REST role voorzitter, the console login) accepts it and invites an
 * expert; a second card is declined and its vaste deelnemer gets the Dutch answer. Then the clock moves to the agenda moment
 * (Friday 4 December 12:00 Amsterdam), Payara is killed with SIGKILL right after and started again: every participant
 * (voorzitter, the four vaste deelnemers, the expert) gets the agenda exactly once, Veilig Thuis (certificate
 * registered) S/MIME-encrypted and decryptable with its key, the others in plain MIME as the demo allows. Last, the
 * vaste deelnemer of the case's organisation records the outcome; one of another organisation gets 404.
 */
class AgendaEndToEndIT {

    private static final String INTAKE = "veiligheidsteam@gateway.test";
    private static final String VOORZITTER = "voorzitter@vht.test";
    private static final String ROOSENDAAL = "deelnemer@roosendaal.test";
    private static final String VEILIG_THUIS = "deelnemer@veiligthuis.test";
    private static final String EXPERT = "intake@jbb.test";
    private static final List<String> PARTICIPANTS = List.of(VOORZITTER, ROOSENDAAL, VEILIG_THUIS,
            "deelnemer@jbb.test", "deelnemer@rvdk.test", EXPERT);
    private static final String BEHEERDER = "beheerder:demo";
    private static final String VOORZITTER_LOGIN = "voorzitter:demo";
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final Pattern NUMBER = Pattern.compile("VHT-\\d{4}-\\d{4,}");
    private static final String AGENDA_SUBJECT = "Agenda VeiligheidsTeam dinsdag 8 december 2026";

    private static RunningGateway gateway;
    private static Path clockFile;
    private static KeyPair vtKeys;
    private static X509Certificate vtCertificate;

    @BeforeAll
    static void ownGateway() throws Exception {
        clockFile = Path.of("target", "e2e-agenda-clock.txt").toAbsolutePath();
        Files.createDirectories(clockFile.getParent());
        moveClockTo(Instant.parse("2026-11-30T10:00:00Z"));   // Monday 11:00 Amsterdam
        gateway = RunningGateway.own("agenda", Map.of("VHK_AGENDA_CLOCK_FILE", clockFile.toString(),
                "VHK_AGENDA_PROPOSE_INTERVAL_SECONDS", "5"));
        vtKeys = SmimeTestKeys.rsa(2048);
        vtCertificate = SmimeTestKeys.emailCertificate(vtKeys);
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void anAcceptedCardIsProposedAcceptedAndItsAgendaReachesEveryParticipantOnceAcrossAKill() throws Exception {
        registerVeiligThuisCertificate();
        String planned = submitOnMonday(ROOSENDAAL, "<agenda-e2e-1@roosendaal.test>");
        String declined = submitOnMonday(VEILIG_THUIS, "<agenda-e2e-2@veiligthuis.test>");

        JsonObject proposal = awaitCase(planned);
        assertEquals("PROPOSED", proposal.getString("state"));
        assertEquals("2026-12-08", proposal.getString("meeting"), "Monday -> Tuesday of the following week");
        HttpResponse<String> accepted = gateway.post("api/agenda/cases/" + planned + "/accept", VOORZITTER_LOGIN);
        assertEquals(200, accepted.statusCode(), accepted.body());
        assertEquals("ACCEPTED", RunningGateway.json(accepted.body()).getString("state"));
        HttpResponse<String> expert = gateway.postJson("api/agenda/cases/" + planned + "/experts", VOORZITTER_LOGIN,
                "{\"address\":\"" + EXPERT + "\"}");
        assertEquals(200, expert.statusCode(), expert.body());

        awaitCase(declined);
        HttpResponse<String> decline = gateway.postJson("api/agenda/cases/" + declined + "/decline", VOORZITTER_LOGIN,
                "{\"reason\":\"De casus is al besproken in het lokale overleg.\"}");
        assertEquals(200, decline.statusCode(), decline.body());
        MimeMessage answer = gateway.awaitValue(TIMEOUT, () -> TestMail.folder(gateway.mail().greenMail(),
                VEILIG_THUIS, "INBOX").stream().filter(m -> TestMail.subject(m).equals("Inbreng " + declined
                + " wordt niet besproken")).findFirst().orElse(null));
        String answerText = TestMail.plainText(answer);
        assertTrue(answerText.contains("De casus is al besproken in het lokale overleg."), answerText);
        assertTrue(answerText.contains("Beste vaste deelnemer"), answerText);

        assertTrue(agendas(VOORZITTER).isEmpty(), "no agenda before its moment");
        moveClockTo(Instant.parse("2026-12-04T11:00:00Z"));   // Friday 12:00 Amsterdam: the agenda moment
        Thread.sleep(2_000);   // kill around the send: the loop runs every 5 s
        gateway.killAndRestartPayara();

        for (String participant : PARTICIPANTS) {
            gateway.awaitValue(TIMEOUT, () -> agendas(participant).isEmpty() ? null : Boolean.TRUE);
        }
        Thread.sleep(15_000);   // three dispatch rounds: a duplicate would show up here
        for (String participant : PARTICIPANTS) {
            List<MimeMessage> agendas = agendas(participant);
            assertEquals(1, agendas.size(), "exactly one agenda for " + participant);
            MimeMessage agenda = agendas.get(0);
            Part content = agenda;
            if (participant.equals(VEILIG_THUIS)) {
                assertTrue(agenda.getContentType().contains("application/pkcs7-mime"), agenda.getContentType());
                content = decrypt(agenda);
            }
            String text = TestMail.plainText(content);
            assertTrue(text.contains("09:00  " + planned), text);
            assertFalse(text.contains(declined), "a declined card is not on the agenda");
            assertTrue(text.contains("Inbrenger: Vaste deelnemer Toegang Roosendaal"), text);
            assertTrue(text.contains("Veiligheidskaart " + planned + ".docx"), text);
        }

        // after the meeting: the vaste deelnemer of the case's organisation minutes the outcome, another may not
        String outcome = "{\"interventionTalkAdvised\":false,\"monitoringDate\":\"2027-02-09\"}";
        HttpResponse<String> other = gateway.postJson("api/agenda/cases/" + planned + "/outcome",
                VEILIG_THUIS + ":demo", outcome);
        assertEquals(404, other.statusCode(), other.body());
        HttpResponse<String> own = gateway.postJson("api/agenda/cases/" + planned + "/outcome", ROOSENDAAL + ":demo",
                outcome);
        assertEquals(200, own.statusCode(), own.body());
        assertTrue(own.body().contains("PARENTS_REACTION"), own.body());
    }

    private static void registerVeiligThuisCertificate() throws Exception {
        HttpResponse<String> list = gateway.get("api/organisations?limit=100", BEHEERDER);
        assertEquals(200, list.statusCode(), list.body());
        String id = null;
        for (JsonValue item : RunningGateway.json(list.body()).getJsonArray("items")) {
            JsonObject organisation = item.asJsonObject();
            if (organisation.getString("name").equals("Veilig Thuis West-Brabant")) {
                id = organisation.get("id").toString().replace("\"", "");
            }
        }
        HttpResponse<String> put = gateway.request("PUT", "api/organisations/" + id + "/certificate", BEHEERDER,
                "application/x-pem-file", PemCertificate.of(vtCertificate).pem());
        assertEquals(200, put.statusCode(), put.body());
    }

    /** Puts a demo card from {@code sender} in the intake mailbox as received on Monday 30 Nov 2026; its number. */
    private static String submitOnMonday(String sender, String messageId) throws Exception {
        byte[] docx = Files.readAllBytes(Path.of("docs", "demo", "voorbeeld-veiligheidskaart.docx"));
        MimeMessage card = SendDemoCard.cardMessage(gateway.smtpSession(), sender, INTAKE, docx,
                "voorbeeld-veiligheidskaart.docx");
        card.setHeader("Message-ID", messageId);
        Date monday = Date.from(Instant.parse("2026-11-30T09:00:00Z"));
        var greenMail = gateway.mail().greenMail();
        greenMail.getManagers().getImapHostManager().getInbox(greenMail.getUserManager().getUserByEmail(INTAKE))
                .appendMessage(card, new Flags(), monday);
        MimeMessage receipt = gateway.awaitValue(TIMEOUT, () -> TestMail.folder(greenMail, sender, "INBOX").stream()
                .filter(m -> messageId.equals(header(m, "In-Reply-To"))).findFirst().orElse(null));
        Matcher number = NUMBER.matcher(TestMail.subject(receipt));
        assertTrue(number.find(), TestMail.subject(receipt));
        return number.group();
    }

    private static JsonObject awaitCase(String number) throws Exception {
        return gateway.awaitValue(TIMEOUT, () -> {
            HttpResponse<String> response = gateway.get("api/agenda/cases/" + number, BEHEERDER);
            return response.statusCode() == 200 ? RunningGateway.json(response.body()) : null;
        });
    }

    private static List<MimeMessage> agendas(String address) {
        return TestMail.folder(gateway.mail().greenMail(), address, "INBOX").stream()
                .filter(m -> TestMail.subject(m).equals(AGENDA_SUBJECT)).toList();
    }

    private static MimeBodyPart decrypt(MimeMessage message) throws Exception {
        byte[] content = new SMIMEEnveloped(message).getRecipientInfos().get(new JceKeyTransRecipientId(vtCertificate))
                .getContent(new JceKeyTransEnvelopedRecipient(vtKeys.getPrivate()));
        return SMIMEUtil.toMimeBodyPart(content);
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
