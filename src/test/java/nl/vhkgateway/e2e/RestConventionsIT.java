package nl.vhkgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The one REST convention on the real Payara: every error, whoever answers it (the container's login, a security
 * constraint, the default servlet, JAX-RS, a resource), is an RFC 9457 {@code application/problem+json} with a
 * stable type, a Dutch title and detail; lists are {@code {items, total, limit, offset}}. Walks every endpoint found
 * in the resource classes ({@link RestEndpoints}). Failures are collected so one run shows all of them.
 */
class RestConventionsIT {

    private static final String BEHEERDER = "beheerder:demo";
    private static final String DEELNEMER = "deelnemer@roosendaal.test:demo";
    private static final String PROBLEM = "urn:vhk-gateway:problem:";
    private static final String UNKNOWN_ID = "987654321";

    @RegisterExtension
    static final RunningGateway.Extension GATEWAY = new RunningGateway.Extension();

    private final List<String> failures = new ArrayList<>();

    @Test
    void everyEndpointAnswersAnonymousCallersWithA401Problem() throws Exception {
        RestEndpoints endpoints = RestEndpoints.scan();
        assertTrue(endpoints.all().size() >= 30, "endpoints found: " + endpoints.all());
        for (RestEndpoints.Endpoint endpoint : endpoints.all()) {
            if (endpoint.public_()) {
                continue;
            }
            HttpResponse<String> response = call(endpoint.method(), endpoint.path(UNKNOWN_ID), null,
                    endpoint.readsJson() ? "application/json" : null, endpoint.readsJson() ? "{}" : null);
            expectProblem(endpoint + " anonymous", response, 401, "unauthenticated");
            if (!response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic")) {
                failures.add(endpoint + " anonymous: no Basic challenge");
            }
        }
        assertEquals(401, call("GET", "api/session", "beheerder:wrong-password", null, null).statusCode());
        expectProblem("wrong password", call("GET", "api/session", "beheerder:wrong-password", null, null), 401,
                "unauthenticated");
        assertNoFailures();
    }

    @Test
    void beheerderOnlyEndpointsAnswerADeelnemerWithA403Problem() throws Exception {
        for (RestEndpoints.Endpoint endpoint : RestEndpoints.scan().all()) {
            if (endpoint.public_() || endpoint.roles().contains("deelnemer")) {
                continue;
            }
            expectProblem(endpoint + " as deelnemer", call(endpoint.method(), endpoint.path(UNKNOWN_ID), DEELNEMER,
                    endpoint.readsJson() ? "application/json" : null, endpoint.readsJson() ? "{}" : null),
                    403, "forbidden");
        }
        assertNoFailures();
    }

    @Test
    void unknownAndMalformedIdsAreProblemsAndNeverServerErrors() throws Exception {
        for (RestEndpoints.Endpoint endpoint : RestEndpoints.scan().all()) {
            if (!endpoint.hasId()) {
                continue;
            }
            String body = endpoint.readsJson() ? "{}" : endpoint.method().equals("PUT") ? "x" : null;
            // the endpoint's own declared body type (a form type such as text/plain is refused as CSRF, with 415)
            String type = endpoint.readsJson() ? "application/json" : body == null ? null
                    : endpoint.consumes().stream().findFirst().orElse("application/octet-stream");
            for (String id : List.of(UNKNOWN_ID, "abc", "-1", "0", "99999999999999999999999")) {
                HttpResponse<String> response = call(endpoint.method(), endpoint.path(id), BEHEERDER, type, body);
                expectProblemIn(endpoint + " id " + id, response, Set.of(400, 404));
            }
        }
        assertNoFailures();
    }

    @Test
    void malformedJsonAndWrongContentTypesAreProblems() throws Exception {
        for (RestEndpoints.Endpoint endpoint : RestEndpoints.scan().all()) {
            if (!endpoint.readsJson()) {
                continue;
            }
            String path = endpoint.path(UNKNOWN_ID);
            HttpResponse<String> malformed = call(endpoint.method(), path, BEHEERDER, "application/json",
                    "{\"name\": \"nog niet af");
            if (endpoint.hasId()) {
                expectProblemIn(endpoint + " malformed JSON", malformed, Set.of(400, 404));
            } else {
                expectProblem(endpoint + " malformed JSON", malformed, 400, "malformed-json");
            }
            expectProblem(endpoint + " as XML", call(endpoint.method(), path, BEHEERDER, "application/xml",
                    "<a/>"), 415, "unsupported-media-type");
        }
        assertNoFailures();
    }

    @Test
    void methodsAPathDoesNotHaveAre405ProblemsWithAllow() throws Exception {
        for (var entry : RestEndpoints.scan().methodsByTemplate().entrySet()) {
            String path = "api/" + entry.getKey().replaceAll("\\{[^}]+}", UNKNOWN_ID);
            HttpResponse<String> response = call("PATCH", path, BEHEERDER, "application/json", "{}");
            expectProblem("PATCH /" + path, response, 405, "method-not-allowed");
            String allow = response.headers().firstValue("Allow").orElse("");
            for (String method : entry.getValue()) {
                if (!allow.contains(method)) {
                    failures.add("PATCH /" + path + ": Allow '" + allow + "' lacks " + method);
                }
            }
        }
        assertNoFailures();
    }

    @Test
    void whatTheContainerAnswersItselfIsAProblemToo() throws Exception {
        expectProblem("unknown API path", call("GET", "api/bestaat-niet", BEHEERDER, null, null), 404,
                "unknown-path");
        expectProblem("unknown API path, anonymous", call("GET", "api/bestaat-niet", null, null, null), 401,
                "unauthenticated");
        // outside the machine paths the answer is for people: the console's Dutch HTML page, not Payara's English one
        expectDutchPage("path outside the API", call("GET", "bestaat-niet.html", null, null, null), 404);
        expectProblem("the error page itself", call("GET", "problem", null, null, null), 404, "unknown-path");
        // the root redirects people to the console and takes no writes
        expectDutchPage("DELETE on the root", call("DELETE", "", null, null, null), 405);
        expectProblem("bad limit", call("GET", "api/submissions?limit=0", BEHEERDER, null, null), 400,
                "invalid-parameter");
        expectProblem("bad offset", call("GET", "api/quarantine?offset=-3", BEHEERDER, null, null), 400,
                "invalid-parameter");
        expectProblem("bad state", call("GET", "api/submissions?state=WEG", BEHEERDER, null, null), 400,
                "invalid-parameter");
        expectProblem("bad number", call("GET", "api/submissions?number=12", BEHEERDER, null, null), 400,
                "invalid-parameter");
        expectProblem("HTML asked for", gateway().request("GET", "api/session", BEHEERDER, null, null)
                .statusCode() == 200 ? acceptHtml() : null, 406, "not-acceptable");
        assertNoFailures();
    }

    @Test
    void everyListIsAnEnvelopeWithItemsTotalLimitAndOffset() throws Exception {
        for (String list : List.of("api/submissions", "api/quarantine", "api/audit", "api/organisations",
                "api/participants", "api/organisations/1/participants", "api/consents?case=VHT-2026-0001",
                "api/consents/directions")) {
            HttpResponse<String> response = call("GET", list + (list.contains("?") ? "&" : "?") + "limit=2&offset=0",
                    BEHEERDER, null, null);
            assertEquals(200, response.statusCode(), list + ": " + response.body());
            JsonObject page = RunningGateway.json(response.body());
            assertTrue(page.containsKey("items") && page.get("items").getValueType()
                    == jakarta.json.JsonValue.ValueType.ARRAY, list + ": " + page);
            assertTrue(page.getJsonNumber("total").longValue() >= page.getJsonArray("items").size(), list);
            assertEquals(2, page.getInt("limit"), list);
            assertEquals(0, page.getInt("offset"), list);
            assertTrue(page.getJsonArray("items").size() <= 2, list);
        }
    }

    private HttpResponse<String> acceptHtml() throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(gateway().payara().baseUri() + "api/session"))
                .header("Accept", "text/html")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(BEHEERDER.getBytes()))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private void expectDutchPage(String what, HttpResponse<String> response, int status) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (response.statusCode() != status || !type.startsWith("text/html") || !response.body().contains("lang=\"nl\"")
                || response.body().contains("Payara")) {
            failures.add(what + ": " + response.statusCode() + " " + type + " instead of a Dutch page with " + status
                    + ": " + abbreviated(response.body()));
        }
    }

    private void expectProblem(String what, HttpResponse<String> response, int status, String slug) {
        if (response == null) {
            failures.add(what + ": no response");
            return;
        }
        if (response.statusCode() != status) {
            failures.add(what + ": status " + response.statusCode() + " instead of " + status + ": "
                    + abbreviated(response.body()));
            return;
        }
        problem(what, response).ifPresent(problem -> {
            if (!problem.getString("type", "").equals(PROBLEM + slug)) {
                failures.add(what + ": type " + problem.getString("type", "?") + " instead of " + slug);
            }
        });
    }

    private void expectProblemIn(String what, HttpResponse<String> response, Set<Integer> statuses) {
        if (!statuses.contains(response.statusCode())) {
            failures.add(what + ": status " + response.statusCode() + " not in " + statuses + ": "
                    + abbreviated(response.body()));
            return;
        }
        problem(what, response);
    }

    private java.util.Optional<JsonObject> problem(String what, HttpResponse<String> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        if (!contentType.startsWith("application/problem+json")) {
            failures.add(what + ": Content-Type '" + contentType + "': " + abbreviated(response.body()));
            return java.util.Optional.empty();
        }
        JsonObject problem;
        try {
            problem = RunningGateway.json(response.body());
        } catch (RuntimeException e) {
            failures.add(what + ": body is no JSON object: " + abbreviated(response.body()));
            return java.util.Optional.empty();
        }
        if (problem.getInt("status", -1) != response.statusCode() || problem.getString("title", "").isBlank()
                || problem.getString("detail", "").isBlank() || !problem.getString("type", "").startsWith(PROBLEM)) {
            failures.add(what + ": incomplete problem " + problem);
        }
        return java.util.Optional.of(problem);
    }

    private void assertNoFailures() {
        assertFalse(!failures.isEmpty(), failures.size() + " deviations:\n" + String.join("\n", failures));
    }

    private static String abbreviated(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    private static HttpResponse<String> call(String method, String path, String login, String contentType,
                                             String body) throws Exception {
        return gateway().request(method, path, login, contentType, body);
    }

    private static RunningGateway gateway() {
        return GATEWAY.gateway();
    }
}
