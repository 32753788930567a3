package nl.vhkgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Findings 2 and 3 of the security review, on the running gateway: guessing is throttled and audited, an empty
 * password is a 401 and a Unicode audit search a 200, and error answers carry no internals.
 */
class LoginProtectionIT {

    private static final String BEHEERDER = "beheerder:demo";

    @RegisterExtension
    static final RunningGateway.Extension GATEWAY = new RunningGateway.Extension();

    private static RunningGateway gateway() {
        return GATEWAY.gateway();
    }

    @Test
    void twentyWrongPasswordsThenTheRightOneIsRefusedAndEveryFailureIsAudited() throws Exception {
        String account = "slot-" + System.nanoTime() + "@roosendaal.test";
        long organisation = organisationId();
        HttpResponse<String> created = gateway().postJson("api/participants", BEHEERDER,
                "{\"name\": \"Slot test\", \"mailAddress\": \"" + account + "\", \"organisationId\": " + organisation
                        + "}");
        assertEquals(201, created.statusCode(), created.body());
        long id = RunningGateway.json(created.body()).getJsonNumber("id").longValue();
        HttpResponse<String> password = gateway().putJson("api/participants/" + id + "/api-password", BEHEERDER,
                "{\"password\": \"het goede wachtwoord\"}");
        assertEquals(200, password.statusCode(), password.body());
        assertEquals(200, gateway().get("api/session", account + ":het goede wachtwoord").statusCode());

        int unauthorized = 0;
        int throttled = 0;
        for (int i = 0; i < 20; i++) {
            int status = gateway().get("api/session", account + ":fout" + i).statusCode();
            if (status == 401) {
                unauthorized++;
            } else if (status == 429) {
                throttled++;
            }
        }
        assertEquals(20, unauthorized + throttled);
        assertEquals(5, unauthorized, "five free guesses, then every guess waits (and is not even checked)");

        HttpResponse<String> right = gateway().get("api/session", account + ":het goede wachtwoord");
        assertEquals(429, right.statusCode(), "the right password does not work at once after 20 wrong ones");
        assertTrue(right.headers().firstValue("Retry-After").isPresent());
        assertTrue(right.body().contains("Te veel mislukte aanmeldpogingen"), right.body());

        HttpResponse<String> audit = gateway().get("api/audit?action=LOGIN_FAILED&actor=" + account, BEHEERDER);
        assertEquals(200, audit.statusCode(), audit.body());
        List<JsonObject> failures = RunningGateway.json(audit.body()).getJsonArray("items")
                .getValuesAs(JsonValue::asJsonObject);
        assertEquals(5, failures.size(), audit.body());
        assertEquals("127.0.0.1", failures.get(0).getJsonObject("details").getString("clientAddress"),
                audit.body());
        HttpResponse<String> success = gateway().get("api/audit?action=LOGIN_SUCCEEDED&actor=" + account, BEHEERDER);
        assertEquals(1, RunningGateway.json(success.body()).getJsonArray("items").size(), success.body());
    }

    @Test
    void anEmptyPasswordIsA401WithoutInternals() throws Exception {
        HttpResponse<String> empty = gateway().get("api/session", "beheerder:");
        assertEquals(401, empty.statusCode());
        assertTrue(empty.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertFalse(empty.body().toLowerCase().contains("exception"), empty.body());
        assertEquals(401, gateway().get("api/session", "beheerder").statusCode(), "no colon");
    }

    @Test
    void aUnicodeAuditSearchFindsNothingInsteadOfAnSqlError() throws Exception {
        HttpResponse<String> search = gateway().get("api/audit?actor=%C3%A9&subject=%F0%9F%98%80", BEHEERDER);
        assertEquals(200, search.statusCode(), search.body());
        assertEquals(0, RunningGateway.json(search.body()).getJsonArray("items").size());
    }

    /** Finding 6: a cross-site form post (the browser adds the remembered Basic login) changes nothing. */
    @Test
    void aFormPostFromAnotherSiteIsRefusedWith403() throws Exception {
        long organisation = organisationId();
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        gateway().payara().baseUri() + "api/organisations/" + organisation + "/deactivate"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        BEHEERDER.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .header("Origin", "https://evil.example")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("x=1")).build();
        HttpResponse<String> refused = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(request,
                HttpResponse.BodyHandlers.ofString());
        assertEquals(403, refused.statusCode(), refused.body());
        assertTrue(RunningGateway.json(gateway().get("api/organisations/" + organisation, BEHEERDER).body())
                .getBoolean("active"), "the organisation is still active");
    }

    private static long organisationId() throws Exception {
        HttpResponse<String> organisations = gateway().get("api/organisations", BEHEERDER);
        assertEquals(200, organisations.statusCode(), organisations.body());
        String body = organisations.body().strip();
        List<JsonObject> list = (body.startsWith("[")
                ? jakarta.json.Json.createReader(new java.io.StringReader(body)).readArray()
                : RunningGateway.json(body).values().stream().filter(v -> v.getValueType() == JsonValue.ValueType.ARRAY)
                        .findFirst().orElseThrow().asJsonArray()) // a list envelope
                .getValuesAs(JsonValue::asJsonObject);
        return list.stream().filter(o -> o.getString("type").equals("TOEGANG")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
