package nl.vhkgateway.e2e;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The calendar feed over HTTP on the real Payara (docs/agenda.md): a vaste deelnemer makes a feed, fetches it
 * without a login as {@code text/calendar}, cannot be revoked by another user (404), revokes it, and then the URL
 * answers a 404 problem.
 */
class CalendarFeedEndpointIT {

    private static final String DEELNEMER = "deelnemer@roosendaal.test:demo";
    private static final String BEHEERDER = "beheerder:demo";

    @RegisterExtension
    static final RunningGateway.Extension GATEWAY = new RunningGateway.Extension();

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    @Test
    void aFeedIsMadeFetchedWithoutLoginAndRevoked() throws Exception {
        RunningGateway gateway = GATEWAY.gateway();
        // the gateway is shared with other tests (the endpoint fuzz test makes feeds too): count from here
        int before = json(gateway.request("GET", "api/agenda/feeds", DEELNEMER, null, null)).getInt("total");
        HttpResponse<String> created = gateway.request("POST", "api/agenda/feeds", DEELNEMER, null, null);
        assertEquals(201, created.statusCode(), created.body());
        JsonObject feed = json(created);
        String id = feed.getString("id");
        String url = feed.getString("url");
        assertTrue(url.matches(".*/api/agenda/feed/[A-Za-z0-9_-]{43}\\.ics"), url);
        String path = URI.create(url).getPath().replaceFirst("^/", "");

        HttpResponse<String> ics = gateway.request("GET", path, null, null, null);
        assertEquals(200, ics.statusCode(), ics.body());
        assertTrue(ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"),
                ics.headers().map()::toString);
        assertTrue(ics.body().startsWith("BEGIN:VCALENDAR"), ics.body());
        assertTrue(ics.body().contains("Overleg VeiligheidsTeam"), ics.body());

        HttpResponse<String> list = gateway.request("GET", "api/agenda/feeds", DEELNEMER, null, null);
        assertEquals(200, list.statusCode(), list.body());
        assertEquals(before + 1, json(list).getInt("total"));
        assertTrue(json(list).getJsonArray("items").stream()
                .anyMatch(item -> item.asJsonObject().getString("id").equals(id)), list.body());
        assertFalse(list.body().contains(url.substring(url.lastIndexOf('/') + 1, url.length() - 4)), "no token");

        assertEquals(404, gateway.request("DELETE", "api/agenda/feeds/" + id, BEHEERDER, null, null).statusCode(),
                "another user's feed");
        assertEquals(200, gateway.request("GET", path, null, null, null).statusCode());
        HttpResponse<String> revoked = gateway.request("DELETE", "api/agenda/feeds/" + id, DEELNEMER, null, null);
        assertEquals(200, revoked.statusCode(), revoked.body());
        assertFalse(json(revoked).getBoolean("active"));

        HttpResponse<String> gone = gateway.request("GET", path, null, null, null);
        assertEquals(404, gone.statusCode(), gone.body());
        assertTrue(gone.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                gone.headers().map()::toString);
    }
}
