package nl.vhkgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every REST endpoint of the running gateway with hostile path ids, query parameters, headers, bodies and
 * logins (pseudo-random with a fixed seed, so a failure can be replayed) and asserts that none answers with a 5xx
 * and that no answer body carries server internals (SQL, stack traces, class names, the server's name).
 * <p>
 * Ids in paths are never ids of real rows (they are hostile strings or numbers far above any row), so the state
 * changing endpoints do not disturb the other end-to-end tests that share the gateway.
 */
class EndpointFuzzIT {

    private static final long SEED = 20261205L;
    private static final int ROUNDS_PER_ENDPOINT = 12;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    /** What an answer to a stranger must never contain. */
    private static final Pattern INTERNALS = Pattern.compile(
            "(?i)sql|mariadb|jdbc|exception|\\bat [a-z]+\\.[a-z]|nl\\.vhkgateway|java\\.|jakarta\\.|payara|glassfish"
                    + "|grizzly|jersey|stack ?trace|collation|connection id");

    /** A run of 20 or more base64url characters: a random token, id or hash (a feed URL's secret, a hex id). */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,}");

    /**
     * The body without its random tokens that hold a digit: a feed URL's secret is random base64url and can spell
     * "sql" or "jdbc" by chance ("...DSqlI6mg.ics" failed a CI run). Class names, SQL and stack traces hold no such
     * run with a digit and stay.
     */
    static String withoutRandomTokens(String body) {
        return TOKEN.matcher(body).replaceAll(m -> m.group().chars().anyMatch(Character::isDigit) ? "TOKEN" : m.group());
    }

    @RegisterExtension
    static final RunningGateway.Extension GATEWAY = new RunningGateway.Extension();

    private record Endpoint(String method, String template, String contentType) {
    }

    private static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "api/health", null),
            new Endpoint("GET", "api/session", null),
            new Endpoint("GET", "api/quarantine", null),
            new Endpoint("GET", "api/quarantine/{id}", null),
            new Endpoint("POST", "api/quarantine/{id}/release", null),
            new Endpoint("DELETE", "api/quarantine/{id}", null),
            new Endpoint("GET", "api/audit", null),
            new Endpoint("GET", "api/audit/verification", null),
            new Endpoint("GET", "api/audit/export", null),
            new Endpoint("POST", "api/screen", "application/octet-stream"),
            new Endpoint("POST", "api/screen", "multipart/form-data; boundary=xyz"),
            new Endpoint("GET", "api/organisations", null),
            new Endpoint("POST", "api/organisations", "application/json"),
            new Endpoint("GET", "api/organisations/{id}", null),
            new Endpoint("PUT", "api/organisations/{id}", "application/json"),
            new Endpoint("POST", "api/organisations/{id}/deactivate", null),
            new Endpoint("POST", "api/organisations/{id}/activate", null),
            new Endpoint("PUT", "api/organisations/{id}/certificate", "application/x-pem-file"),
            new Endpoint("DELETE", "api/organisations/{id}/certificate", null),
            new Endpoint("GET", "api/organisations/{id}/participants", null),
            new Endpoint("GET", "api/participants", null),
            new Endpoint("POST", "api/participants", "application/json"),
            new Endpoint("GET", "api/participants/me", null),
            new Endpoint("GET", "api/participants/{id}", null),
            new Endpoint("PUT", "api/participants/{id}", "application/json"),
            new Endpoint("POST", "api/participants/{id}/deactivate", null),
            new Endpoint("POST", "api/participants/{id}/activate", null),
            new Endpoint("PUT", "api/participants/{id}/certificate", "application/x-pem-file"),
            new Endpoint("DELETE", "api/participants/{id}/certificate", null),
            new Endpoint("PUT", "api/participants/{id}/api-password", "application/json"),
            new Endpoint("DELETE", "api/participants/{id}/api-password", null),
            new Endpoint("POST", "api/consents", "application/json"),
            new Endpoint("GET", "api/consents", null),
            new Endpoint("GET", "api/consents/directions", null),
            new Endpoint("GET", "api/consents/{id}", null),
            new Endpoint("POST", "api/consents/{id}/withdrawal", "application/json"),
            new Endpoint("GET", "api/submissions", null),
            new Endpoint("GET", "api/submissions/{id}", null),
            new Endpoint("POST", "api/submissions/{id}/reprocess", null),
            new Endpoint("GET", "api/agenda/feeds", null),
            new Endpoint("POST", "api/agenda/feeds", null),
            new Endpoint("DELETE", "api/agenda/feeds/{id}", null),
            new Endpoint("GET", "api/agenda/feed/{id}.ics", null),
            new Endpoint("GET", "api/does-not-exist/{id}", null));

    /** Hostile texts: Unicode of every plane, control characters, injections, huge and odd numbers. */
    private static final List<String> HOSTILE = List.of(
            "é", "ß", "Ĳsselmonde", "日本語", "😀", "\u0000", "\u202Etxt.exe", "\uFEFF", "\uD800", "a\nb", "\t",
            "' OR '1'='1", "1; DROP TABLE audit_event; --", "\" onmouseover=alert(1)", "<script>alert(1)</script>",
            "../../etc/passwd", "%00", "%ZZ", "-1", "0", "99999999999999999999999", "9223372036854775807",
            "-9223372036854775808", "1e9", "NaN", "null", "true", "[]", "{}", " ", "", "x".repeat(5000),
            "é".repeat(300), "2026-13-45", "0000-00-00", "9999-12-31T23:59:59Z", "VHT-2026-0001", "\\", "$", "*");

    private static final List<String> QUERY_NAMES = List.of("actor", "action", "subject", "outcome", "from", "to",
            "after", "limit", "format", "state", "case", "filename", "é", "limit", "x");

    private static final List<String> LOGINS = List.of("beheerder:demo", "deelnemer@veiligthuis.test:demo",
            "deelnemer@roosendaal.test:demo");

    @Test
    void noEndpointAnswersWithA5xxOrShowsInternals() throws Exception {
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        int requests = 0;
        for (Endpoint endpoint : ENDPOINTS) {
            for (int round = 0; round < ROUNDS_PER_ENDPOINT; round++) {
                HttpRequest request = hostileRequest(endpoint, random, round);
                long started = System.nanoTime();
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                long millis = (System.nanoTime() - started) / 1_000_000;
                requests++;
                String body = response.body() == null ? "" : response.body();
                String where = request.method() + " " + request.uri() + " (auth "
                        + request.headers().firstValue("Authorization").map(EndpointFuzzIT::shorten).orElse("none")
                        + ", type " + request.headers().firstValue("Content-Type").orElse("none") + ")";
                if (millis > 1500) {
                    System.out.println("EndpointFuzzIT slow: " + millis + " ms, " + response.statusCode() + " for "
                            + where);
                }
                if (response.statusCode() >= 500) {
                    failures.add(response.statusCode() + " for " + where + ": " + shorten(body));
                } else if (INTERNALS.matcher(withoutRandomTokens(body)).find()) {
                    failures.add("internals in the answer to " + where + ": " + shorten(body));
                } else if (!body.isEmpty() // an empty answer comes from the HTTP layer itself (a path with %5C or
                        // %00, an oversized header is refused before the application runs): it carries no data
                        && (!response.headers().firstValue("X-Content-Type-Options").orElse("").equals("nosniff")
                        || !response.headers().firstValue("Content-Security-Policy").orElse("")
                        .contains("frame-ancestors 'none'")
                        || !response.headers().firstValue("Cache-Control").orElse("").contains("no-store"))) {
                    failures.add("security headers missing on " + where + ": " + response.headers().map());
                } else if (response.headers().firstValue("Server").isPresent()
                        || response.headers().firstValue("X-Powered-By").isPresent()) {
                    failures.add("server name in the headers of " + where + ": " + response.headers().map());
                }
            }
        }
        System.out.println("EndpointFuzzIT: " + requests + " requests over " + ENDPOINTS.size() + " endpoints, seed "
                + SEED + ", " + failures.size() + " failures");
        assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + String.join("\n", failures));
    }

    private HttpRequest hostileRequest(Endpoint endpoint, Random random, int round) {
        String path = endpoint.template().replace("{id}", encode(hostileId(random)));
        StringBuilder query = new StringBuilder();
        int parameters = random.nextInt(4);
        for (int i = 0; i < parameters; i++) {
            query.append(i == 0 ? '?' : '&').append(encode(pick(QUERY_NAMES, random))).append('=')
                    .append(encode(pick(HOSTILE, random)));
        }
        if (round == 0) {
            query.setLength(0);
            query.append("?actor=%C3%A9&case=%C3%A9&state=%C3%A9&limit=%C3%A9");
        }
        String uri = GATEWAY.gateway().payara().baseUri() + path + query;
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(30));
        String authorization = authorization(random, round);
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        if (random.nextInt(4) == 0) {
            builder.header("Accept", pick(List.of("text/html", "application/xml", "*/*", "x/y", "a/b;q=zz", ";;;"), random));
        }
        if (random.nextInt(4) == 0) {
            builder.header("Origin", pick(List.of("https://evil.example", "null", "http://localhost"), random));
        }
        HttpRequest.BodyPublisher body = endpoint.method().equals("GET") || endpoint.method().equals("DELETE")
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(hostileBody(random));
        String contentType = endpoint.contentType() == null ? null : pick(List.of(endpoint.contentType(),
                endpoint.contentType(), "application/x-www-form-urlencoded", "text/plain", "application/json; charset=latin1",
                "multipart/form-data", ";;;"), random);
        if (contentType != null && !endpoint.method().equals("GET") && !endpoint.method().equals("DELETE")) {
            builder.header("Content-Type", contentType);
        }
        return builder.method(endpoint.method(), body).build();
    }

    private static String hostileId(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> pick(HOSTILE, random).isEmpty() ? "é" : pick(HOSTILE, random);
            case 1 -> Long.toString(1_000_000_000L + random.nextInt(1_000_000));
            default -> "é" + random.nextInt(1000);
        };
    }

    private static String authorization(Random random, int round) {
        if (round == 1) {
            return basic("beheerder:"); // empty password
        }
        if (round == 2) {
            return basic(":");
        }
        if (round == 3 && random.nextInt(4) == 0) {
            // a hostile name with a password: a full (deliberately slow) password check, so only now and then
            return basic(pick(HOSTILE, random) + ":" + pick(HOSTILE, random) + "x");
        }
        return switch (random.nextInt(10)) {
            case 0, 1 -> null;
            case 2 -> "Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, (byte) 0xfe, ':', 'x'});
            case 3 -> pick(List.of("Basic", "Basic ", "Basic !!!", "Bearer abc", "Basic " + "A".repeat(9000),
                    "Digest username=x"), random);
            case 4 -> basic("beheerder");
            default -> basic(pick(LOGINS, random));
        };
    }

    private static byte[] hostileBody(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> new byte[0];
            case 1 -> "{".repeat(5000).getBytes(StandardCharsets.UTF_8);
            case 2 -> ("{\"caseReference\":\"" + pick(HOSTILE, random) + "\",\"howGiven\":\"" + pick(HOSTILE, random)
                    + "\",\"givenAt\":\"" + pick(HOSTILE, random) + "\",\"validUntil\":\"0001-01-01\"}")
                    .getBytes(StandardCharsets.UTF_8);
            case 3 -> ("{\"name\":" + pick(List.of("1", "null", "[]", "{}", "\"é\""), random) + ",\"type\":\""
                    + pick(HOSTILE, random) + "\",\"mailAddress\":\"" + pick(HOSTILE, random) + "\",\"password\":\""
                    + pick(HOSTILE, random) + "\"}").getBytes(StandardCharsets.UTF_8);
            case 4 -> {
                byte[] bytes = new byte[random.nextInt(2000)];
                random.nextBytes(bytes);
                yield bytes;
            }
            case 5 -> "-----BEGIN CERTIFICATE-----\nnot base64 é\n-----END CERTIFICATE-----\n"
                    .getBytes(StandardCharsets.UTF_8);
            case 6 -> "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"é.docx\"\r\n\r\nPK\u0003\u0004"
                    .getBytes(StandardCharsets.UTF_8);
            default -> ("[" + "1,".repeat(1000) + "1]").getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString(login.getBytes(StandardCharsets.UTF_8));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String shorten(String text) {
        String flat = text.replaceAll("\\s+", " ");
        if (flat.isEmpty()) {
            return "(empty)";
        }
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }
}
