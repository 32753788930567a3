package nl.vhkgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nl.vhkgateway.demo.DemoCard;
import nl.vhkgateway.demo.SendDemoCard;

/**
 * {@code /api/metrics} on the real Payara: Prometheus text for the beheerder only, and the figures follow the work
 * (a mail from an unknown sender raises received and quarantined).
 */
class MetricsEndpointIT {

    private static final String INTAKE = "veiligheidsteam@gateway.test";
    private static final String SENDER = "deelnemer@roosendaal.test";

    @RegisterExtension
    static final RunningGateway.Extension GATEWAY = new RunningGateway.Extension();

    @Test
    void onlyTheBeheerderReadsThemAndTheyFollowTheWork() throws Exception {
        assertEquals(401, gateway().get("api/metrics", null).statusCode());
        assertEquals(403, gateway().get("api/metrics", SENDER + ":demo").statusCode());
        HttpResponse<String> before = gateway().get("api/metrics", "beheerder:demo");
        assertEquals(200, before.statusCode(), before.body());
        assertTrue(before.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        assertTrue(before.body().contains("# TYPE vhk_screening_duration_seconds histogram"), before.body());
        assertTrue(before.body().contains("# TYPE vhk_outbox_pending gauge"), before.body());
        // issue 12: mails in doubt after a crash or takeover, by resolution (the demo configures the delivery probe)
        assertTrue(before.body().contains("# TYPE vhk_outbox_in_doubt_total counter"), before.body());
        assertTrue(before.body().contains("vhk_outbox_in_doubt_total{resolution=\"unverified\"} "), before.body());
        long received = value(before.body(), "vhk_cards_received_total");
        long quarantined = value(before.body(), "vhk_cards_decided_total{outcome=\"quarantined\"}");

        MimeMessage card = SendDemoCard.cardMessage(gateway().smtpSession(), "vreemde@elders.test", INTAKE,
                DemoCard.create(), "kaart.docx");
        Transport.send(card, new jakarta.mail.Address[] {new InternetAddress(INTAKE)}, SENDER,
                gateway().accounts().password(SENDER));

        String after = gateway().awaitValue(Duration.ofSeconds(30), () -> {
            String body = gateway().get("api/metrics", "beheerder:demo").body();
            return value(body, "vhk_cards_decided_total{outcome=\"quarantined\"}") > quarantined ? body : null;
        });
        assertTrue(value(after, "vhk_cards_received_total") > received, after);
    }

    private static long value(String text, String sample) {
        Matcher m = Pattern.compile("^" + Pattern.quote(sample) + " ([0-9.]+)$", Pattern.MULTILINE).matcher(text);
        return m.find() ? (long) Double.parseDouble(m.group(1)) : 0;
    }

    private static RunningGateway gateway() {
        return GATEWAY.gateway();
    }
}
