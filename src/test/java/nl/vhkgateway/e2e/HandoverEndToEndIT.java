package nl.vhkgateway.e2e;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import nl.vhkgateway.demo.DemoHandoverCard;
import nl.vhkgateway.demo.ImapInbox.MailSummary;
import nl.vhkgateway.demo.SendDemoCard;
import nl.vhkgateway.testsupport.TestMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The handover story of issue 5 through the real Payara (the shared {@link RunningGateway}, demo configuration and
 * demo register): a vaste deelnemer of the Toegang Roosendaal records consent through the REST API and mails a card
 * with personal data to {@code overdracht@}; it arrives at Veilig Thuis without its authorship. The consent is
 * withdrawn through the REST API; the next handover is refused with the reason and nothing is delivered. A GI to
 * Veilig Thuis handover is refused for its direction. The beheerder sees both decisions in the audit log, whose
 * chain verifies.
 */
class HandoverEndToEndIT {

    private static final String HANDOVER = "overdracht@gateway.test";
    private static final String ROOSENDAAL = "deelnemer@roosendaal.test";
    private static final String GI = "deelnemer@jbb.test";
    private static final String VEILIG_THUIS = "intake@veiligthuis.test";
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @RegisterExtension
    static final RunningGateway.Extension GATEWAY = new RunningGateway.Extension();

    @Test
    void consentThenDeliveryThenWithdrawalThenRefusalAllAudited() throws Exception {
        RunningGateway gateway = GATEWAY.gateway();
        String caseReference = "VHT-2026-0501";
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        HttpResponse<String> recorded = gateway.postJson("api/consents", ROOSENDAAL + ":demo", "{"
                + "\"caseReference\": \"" + caseReference + "\","
                + " \"consenters\": [{\"role\": \"OUDER_MET_GEZAG\"}, {\"role\": \"JEUGDIGE\", \"ageGroup\": \"12-15\"}],"
                + " \"youthAgeGroup\": \"12-15\", \"purpose\": \"OVERDRACHT\", \"recipientType\": \"VEILIG_THUIS\","
                + " \"howGiven\": \"mondeling tijdens huisbezoek\", \"givenAt\": \"" + today + "\","
                + " \"validUntil\": \"" + today.plusDays(30) + "\"}");
        assertEquals(201, recorded.statusCode(), recorded.body());
        long consent = RunningGateway.json(recorded.body()).getJsonNumber("id").longValue();

        int deliveredBefore = docxCount(VEILIG_THUIS);
        mailHandover(ROOSENDAAL, DemoHandoverCard.create("Veilig Thuis West-Brabant", caseReference,
                Long.toString(consent)));
        gateway.awaitValue(TIMEOUT, () -> docxCount(VEILIG_THUIS) > deliveredBefore ? true : null);
        MimeMessage delivered = newest(VEILIG_THUIS);
        assertEquals("Overdracht Veiligheidskaart via de VHK-gateway (toestemming " + consent + ")",
                delivered.getSubject());
        assertFalse(delivered.getSubject().contains(DemoHandoverCard.YOUTH));
        MimeMessage confirmation = gateway.awaitValue(TIMEOUT, () -> withSubject(ROOSENDAAL,
                "Overdracht verstuurd (toestemming " + consent + ")"));
        assertTrue(TestMail.plainText(confirmation).contains("Casus: " + caseReference));

        HttpResponse<String> withdrawn = gateway.postJson("api/consents/" + consent + "/withdrawal",
                ROOSENDAAL + ":demo", "{\"withdrawnBy\": \"OUDER_MET_GEZAG\", \"how\": \"telefonisch\"}");
        assertEquals(200, withdrawn.statusCode(), withdrawn.body());

        mailHandover(ROOSENDAAL, DemoHandoverCard.create("Veilig Thuis West-Brabant", caseReference,
                Long.toString(consent)));
        MimeMessage refusal = gateway.awaitValue(TIMEOUT, () -> {
            MimeMessage found = withSubject(ROOSENDAAL, "Overdracht niet uitgevoerd");
            return found != null && TestMail.plainText(found).contains("(code CONSENT_WITHDRAWN)") ? found : null;
        });
        String refusalText = TestMail.plainText(refusal);
        assertTrue(refusalText.contains("De toestemming met nummer " + consent + " is ingetrokken op"), refusalText);
        assertEquals(deliveredBefore + 1, docxCount(VEILIG_THUIS), "the second handover is not delivered");

        String giCase = "VHT-2026-0502";
        mailHandover(GI, DemoHandoverCard.create("Veilig Thuis West-Brabant", giCase, ""));
        MimeMessage giRefusal = gateway.awaitValue(TIMEOUT, () -> withSubject(GI, "Overdracht niet uitgevoerd"));
        assertTrue(TestMail.plainText(giRefusal).contains("(code DIRECTION_NOT_PERMITTED)"));
        assertEquals(deliveredBefore + 1, docxCount(VEILIG_THUIS), "nothing from the GI delivered");

        List<String> decisions = auditDecisions(caseReference);
        assertTrue(decisions.containsAll(List.of("HANDOVER_CHECK:GRANTED", "HANDOVER_RECHECK:GRANTED",
                "HANDOVER_CHECK:REFUSED:CONSENT_WITHDRAWN")), decisions.toString());
        assertEquals(List.of("HANDOVER_CHECK:REFUSED:DIRECTION_NOT_PERMITTED"), auditDecisions(giCase));
        HttpResponse<String> verification = gateway.get("api/audit/verification", "beheerder:demo");
        assertEquals(200, verification.statusCode(), verification.body());
        assertTrue(RunningGateway.json(verification.body()).getBoolean("intact"), verification.body());
        assertEquals(403, gateway.get("api/audit", ROOSENDAAL + ":demo").statusCode(),
                "the audit log is for the beheerder");
    }

    private static void mailHandover(String from, byte[] card) throws Exception {
        RunningGateway gateway = GATEWAY.gateway();
        MimeMessage message = SendDemoCard.cardMessage(gateway.smtpSession(), from, HANDOVER, card,
                "kaart-overdracht.docx");
        message.setSubject("Overdracht", "UTF-8");
        Transport.send(message, from, gateway.accounts().password(from));
    }

    private static int docxCount(String mailbox) throws Exception {
        return (int) GATEWAY.gateway().inbox(mailbox).messages("INBOX").stream().filter(MailSummary::hasDocx).count();
    }

    private static List<MimeMessage> messages(String mailbox) {
        return TestMail.folder(GATEWAY.gateway().mail().greenMail(), mailbox, "INBOX");
    }

    private static MimeMessage newest(String mailbox) {
        List<MimeMessage> all = messages(mailbox);
        return all.get(all.size() - 1);
    }

    /** The newest message with this subject, or null. */
    private static MimeMessage withSubject(String mailbox, String subject) throws Exception {
        List<MimeMessage> all = messages(mailbox);
        for (int i = all.size() - 1; i >= 0; i--) {
            if (subject.equals(all.get(i).getSubject())) {
                return all.get(i);
            }
        }
        return null;
    }

    /** "ACTION:OUTCOME[:REASON]" of the consent checks of a case, as the beheerder sees them in /api/audit. */
    private static List<String> auditDecisions(String caseReference) throws Exception {
        HttpResponse<String> response = GATEWAY.gateway().get("api/audit?subject=" + caseReference, "beheerder:demo");
        assertEquals(200, response.statusCode(), response.body());
        JsonArray entries;
        try (var reader = Json.createReader(new StringReader(response.body()))) {
            entries = reader.readObject().getJsonArray("items");
        }
        return entries.stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getString("action").startsWith("HANDOVER_") && e.getString("action").contains("CHECK"))
                .map(HandoverEndToEndIT::decision)
                .toList();
    }

    private static String decision(JsonObject entry) {
        JsonArray reasons = entry.getJsonArray("reasonCodes");
        return entry.getString("action") + ":" + entry.getString("outcome")
                + (reasons.isEmpty() ? "" : ":" + reasons.getString(0));
    }
}
