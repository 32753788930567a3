package nl.vhkgateway.e2e;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Address;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import nl.vhkgateway.demo.DemoCard;
import nl.vhkgateway.demo.ImapInbox;
import nl.vhkgateway.demo.SendDemoCard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11, finding 1, on the real Payara with sender authentication required (as outside demo mode:
 * {@code vhk.sender-auth.required=true}; a gateway of its own): a mail with {@code From:} a registered vaste deelnemer,
 * sent by someone else (another account's SMTP login and envelope), is quarantined as not authenticated and forwarded
 * to nobody, whichever method the beheerder chose for the organisation (S/MIME or DKIM).
 */
class ForgedSenderEndToEndIT {

    private static final String INTAKE = "veiligheidsteam@gateway.test";
    private static final String IMPERSONATED = "deelnemer@roosendaal.test";
    private static final String FORGER = "deelnemer@jbb.test";
    private static final String VOORZITTER = "voorzitter@vht.test";
    private static final String BEHEERDER = "beheerder:demo";
    private static final Duration SCREENING_TIMEOUT = Duration.ofSeconds(60);

    private static RunningGateway gateway;

    @BeforeAll
    static void start() {
        gateway = RunningGateway.own("fromauth", Map.of("VHK_SENDER_AUTH_REQUIRED", "true"));
    }

    @AfterAll
    static void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    private static long organisationOf(String participant) throws Exception {
        HttpResponse<String> organisations = gateway.get("api/organisations?limit=100", BEHEERDER);
        return RunningGateway.json(organisations.body()).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.toString().toLowerCase(java.util.Locale.ROOT).contains("roosendaal"))
                .findFirst().orElseThrow(() -> new AssertionError(participant + ": " + organisations.body()))
                .getJsonNumber("id").longValue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"DKIM", "SMIME"})
    void aForgedFromOfARegisteredParticipantIsQuarantinedAndForwardedToNobody(String method) throws Exception {
        String path = "api/organisations/" + organisationOf(IMPERSONATED) + "/sender-authentication";
        HttpResponse<String> chosen = gateway.putJson(path, BEHEERDER, "{\"method\": \"" + method + "\"}");
        assertEquals(200, chosen.statusCode(), chosen.body());
        int voorzitterBefore = inbox(VOORZITTER).messages("INBOX").size();

        MimeMessage card = SendDemoCard.cardMessage(gateway.smtpSession(), IMPERSONATED, INTAKE, DemoCard.create(),
                "kaart.docx");
        Transport.send(card, new Address[] {new InternetAddress(INTAKE)}, FORGER, gateway.accounts().password(FORGER));
        String messageId = card.getMessageID();

        JsonObject held = gateway.awaitValue(SCREENING_TIMEOUT, () -> RunningGateway.json(
                        gateway.get("api/quarantine?limit=100", BEHEERDER).body())
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(json -> json.getString("messageId").equals(messageId)).findFirst().orElse(null));
        assertTrue(held.toString().contains("NOT_AUTHENTICATED"), held.toString());
        long id = held.getJsonNumber("id").longValue();
        gateway.awaitValue(SCREENING_TIMEOUT, () -> inbox("beheer@gateway.test").messages("INBOX").stream()
                .filter(m -> m.subject().contains("(inzending " + id + ")")).findFirst().orElse(null));

        assertEquals(voorzitterBefore, inbox(VOORZITTER).messages("INBOX").size(), "nothing forwarded");
        assertTrue(inbox(IMPERSONATED).messages("INBOX").stream().noneMatch(m -> m.subject().contains(messageId)),
                "no answer to the impersonated participant");
    }

    private static ImapInbox inbox(String address) {
        return gateway.inbox(address);
    }
}
