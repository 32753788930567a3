package nl.vhkgateway.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 11 on the real Payara Micro (the shared {@link RunningGateway}, which runs as a runtime database user without
 * DDL rights and with a migration user of its own, and seals its audit log with the demo's throwaway key): nothing
 * names the server or its version to anonymous callers; the beheerder chooses the sender authentication per
 * organisation through the API; the sealed audit chain verifies.
 */
class SecurityHardeningEndToEndIT {

    private static final String BEHEERDER = "beheerder:demo";
    private static final String DEELNEMER = "deelnemer@roosendaal.test:demo";

    @RegisterExtension
    static final RunningGateway.Extension GATEWAY = new RunningGateway.Extension();

    private static RunningGateway gateway() {
        return GATEWAY.gateway();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static void assertNoServerNameOrVersion(HttpResponse<String> response) {
        String where = response.uri() + " (" + response.statusCode() + ")";
        assertTrue(response.headers().firstValue("Server").isEmpty(), "Server header on " + where);
        assertTrue(response.headers().firstValue("X-Powered-By").isEmpty(), "X-Powered-By on " + where);
        String body = response.body().toLowerCase(java.util.Locale.ROOT);
        for (String leak : List.of("payara", "glassfish", "grizzly", "eclipse", "jersey", "0.1.0", "snapshot")) {
            assertFalse(body.contains(leak), "'" + leak + "' in the body of " + where + ": " + response.body());
        }
    }

    @Test
    void anonymousCallersLearnNoServerNameOrVersion() throws Exception {
        HttpResponse<String> health = gateway().get("api/health", null);
        assertEquals(200, health.statusCode(), health.body());
        assertFalse(json(health.body()).containsKey("version"), health.body());
        assertNoServerNameOrVersion(health);

        for (String path : List.of("api/nope", "nope", "api/audit", "console/nope", "api/health/../../WEB-INF/web.xml",
                "openapi/nope")) {
            assertNoServerNameOrVersion(gateway().get(path, null));
        }
        assertNoServerNameOrVersion(gateway().post("api/quarantine/1/release", null));
    }

    @Test
    void aCallerWhoLoggedInSeesTheVersion() throws Exception {
        HttpResponse<String> health = gateway().get("api/health", BEHEERDER);

        assertEquals(200, health.statusCode(), health.body());
        assertFalse(json(health.body()).getString("version").isBlank(), health.body());
    }

    @Test
    void theBeheerderChoosesTheSenderAuthenticationPerOrganisation() throws Exception {
        HttpResponse<String> organisations = gateway().get("api/organisations?limit=100", BEHEERDER);
        assertEquals(200, organisations.statusCode(), organisations.body());
        JsonObject jbb = json(organisations.body()).getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(o -> o.toString().toLowerCase(java.util.Locale.ROOT).contains("jbb"))
                .findFirst().orElseThrow(() -> new AssertionError("no JBB organisation: " + organisations.body()));
        String path = "api/organisations/" + jbb.get("id") + "/sender-authentication";

        HttpResponse<String> chosen = gateway().putJson(path, BEHEERDER, "{\"method\": \"DKIM\"}");
        assertEquals(200, chosen.statusCode(), chosen.body());
        assertEquals("DKIM", json(chosen.body()).getString("method"));
        assertFalse(json(chosen.body()).getBoolean("default"));
        HttpResponse<String> read = gateway().get(path, BEHEERDER);
        assertEquals("DKIM", json(read.body()).getString("method"), read.body());

        HttpResponse<String> nonsense = gateway().putJson(path, BEHEERDER, "{\"method\": \"WACHTWOORD\"}");
        assertEquals(400, nonsense.statusCode(), nonsense.body());
        assertTrue(nonsense.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(nonsense.body().contains("Kies de manier waarop de afzender wordt vastgesteld"), nonsense.body());
        assertEquals(403, gateway().putJson(path, DEELNEMER, "{\"method\": \"SMIME\"}").statusCode());
        assertEquals(401, gateway().putJson(path, null, "{\"method\": \"SMIME\"}").statusCode());
        assertEquals(404, gateway().get("api/organisations/999999/sender-authentication", BEHEERDER).statusCode());
        assertEquals("DKIM", json(gateway().get(path, BEHEERDER).body()).getString("method"), "unchanged");

        HttpResponse<String> audit = gateway().get("api/audit?action=SENDER_AUTHENTICATION_CHOSEN", BEHEERDER);
        assertEquals(200, audit.statusCode(), audit.body());
        assertTrue(json(audit.body()).getInt("total") >= 1, audit.body());
    }

    @Test
    void theSealedAuditChainVerifiesOnTheRunningGateway() throws Exception {
        HttpResponse<String> verification = gateway().get("api/audit/verification", BEHEERDER);

        assertEquals(200, verification.statusCode(), verification.body());
        assertTrue(json(verification.body()).getBoolean("intact"), verification.body());
    }
}
