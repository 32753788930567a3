package nl.vhkgateway.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The OpenAPI description the real Payara serves at {@code /openapi}: valid OpenAPI 3 (swagger-parser reports no
 * problem), every endpoint of the resource classes ({@link RestEndpoints}) listed with a typed answer (a named
 * schema with properties, or a string), typed request bodies, the HTTP Basic security scheme on every endpoint but
 * the public health summary, and a problem answer everywhere.
 */
class OpenApiDocumentIT {

    @RegisterExtension
    static final RunningGateway.Extension GATEWAY = new RunningGateway.Extension();

    /** The one deviation of Payara's document from the specification, known and accepted. */
    private static final String PAYARA_ENDPOINTS = "attribute endpoints is unexpected";

    private static String document;
    private static OpenAPI openApi;

    @BeforeAll
    static void fetchAndParse() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(GATEWAY.gateway().payara().baseUri() + "openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        document = response.body();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "e2e"));
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "e2e", "openapi.json"), document);
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
        // Payara adds a top-level "endpoints" member (its own, not an x- extension); everything else must be clean
        List<String> messages = result.getMessages() == null ? List.of() : result.getMessages().stream()
                .filter(message -> !message.equals(PAYARA_ENDPOINTS)).toList();
        assertTrue(messages.isEmpty(), "not valid OpenAPI 3: " + messages);
        openApi = result.getOpenAPI();
        assertNotNull(openApi, "no document parsed");
    }

    @Test
    void isOpenApi3WithTheBasicSecurityScheme() {
        assertTrue(openApi.getOpenapi().startsWith("3."), openApi.getOpenapi());
        SecurityScheme basic = openApi.getComponents().getSecuritySchemes().get("basic");
        assertNotNull(basic, "security scheme 'basic'");
        assertEquals(SecurityScheme.Type.HTTP, basic.getType());
        assertEquals("basic", basic.getScheme());
        assertTrue(document.contains("\"example\""), "schemas carry examples");
    }

    @Test
    void listsEveryEndpointWithTypedSchemasAndAProblemAnswer() {
        List<String> failures = new ArrayList<>();
        List<RestEndpoints.Endpoint> endpoints = RestEndpoints.scan().all();
        for (RestEndpoints.Endpoint endpoint : endpoints) {
            PathItem path = openApi.getPaths().get("/api/" + endpoint.template());
            Operation operation = path == null ? null
                    : path.readOperationsMap().get(PathItem.HttpMethod.valueOf(endpoint.method()));
            if (operation == null) {
                failures.add(endpoint + ": not in the document");
                continue;
            }
            ApiResponse success = operation.getResponses().entrySet().stream()
                    .filter(e -> e.getKey().startsWith("2")).map(Map.Entry::getValue).findFirst().orElse(null);
            if (success == null || success.getContent() == null || success.getContent().isEmpty()) {
                failures.add(endpoint + ": no typed 2xx answer");
            } else {
                success.getContent().forEach((type, media) -> typed(endpoint + " answer " + type, media, failures));
            }
            if (endpoint.readsJson()) {
                if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
                    failures.add(endpoint + ": no request body schema");
                } else {
                    operation.getRequestBody().getContent().forEach((type, media) ->
                            typed(endpoint + " request " + type, media, failures));
                }
            }
            if (operation.getResponses().getDefault() == null) {
                failures.add(endpoint + ": no problem (default) answer");
            }
            boolean secured = operation.getSecurity() != null && operation.getSecurity().stream()
                    .anyMatch(requirement -> requirement.containsKey("basic"));
            if (secured == endpoint.public_()) {
                failures.add(endpoint + ": security " + operation.getSecurity() + " but public=" + endpoint.public_());
            }
        }
        assertTrue(failures.isEmpty(), failures.size() + " of " + endpoints.size() + " endpoints:\n"
                + String.join("\n", failures));
    }

    @Test
    void aSubmissionDetailIsASubmissionWithHistoryAndOutgoingMessages() {
        Schema<?> submission = openApi.getComponents().getSchemas().get("Submission");
        Schema<?> detail = openApi.getComponents().getSchemas().get("SubmissionDetail");
        List<String> expected = new ArrayList<>(submission.getProperties().keySet());
        expected.addAll(List.of("history", "outgoing"));
        assertEquals(expected, new ArrayList<>(detail.getProperties().keySet()));
        assertTrue(expected.containsAll(List.of("id", "state", "submissionNumber", "reasonCodes", "lastError")), expected::toString);
    }

    @Test
    void theProblemSchemaIsTheRfc9457Shape() {
        Schema<?> problem = openApi.getComponents().getSchemas().get("Problem");
        assertNotNull(problem);
        assertTrue(problem.getProperties().keySet().containsAll(List.of("type", "title", "status", "detail",
                "instance")), problem.getProperties().keySet()::toString);
    }

    /** A named schema with properties, an array of such, or a string: never a bare {@code type: object}. */
    private static void typed(String what, MediaType media, List<String> failures) {
        Schema<?> schema = media.getSchema();
        if (schema == null) {
            failures.add(what + ": no schema");
            return;
        }
        if (schema.get$ref() != null) {
            String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
            Schema<?> target = openApi.getComponents().getSchemas().get(name);
            if (target == null || target.getProperties() == null || target.getProperties().isEmpty()) {
                failures.add(what + ": " + schema.get$ref() + " has no properties");
            }
            return;
        }
        if ("string".equals(schema.getType()) || (schema.getProperties() != null && !schema.getProperties().isEmpty())) {
            return;
        }
        failures.add(what + ": untyped schema " + schema.getType());
    }
}
