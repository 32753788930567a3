package nl.vhkgateway.interfaces.rest.audit;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import nl.vhkgateway.application.audit.ExportFormat;
import nl.vhkgateway.application.consent.Caller;
import nl.vhkgateway.interfaces.rest.support.Responses;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code /api/audit} for the beheerder: {@code GET /api/audit} (a page of rows, filters as query parameters),
 * {@code GET /api/audit/export?format=jsonl|csv} (download) and {@code GET /api/audit/verification} (hash chain
 * check). All logic is in {@link AuditApi}. Request scoped.
 */
@Tag(name = "Audit", description = "Het auditlogboek met hash-keten (beheerder)")
@SecurityRequirement(name = "basic")
@Path("audit")
@RequestScoped
@RolesAllowed(Caller.ROLE_BEHEERDER)
public class AuditResource {

    @Inject
    AuditApi api;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "auditList", summary = "Regels van het auditlogboek; subject=VHT-2026-0042 vindt ook de regels van de intake")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "AuditPage"))})
    public Response list() {
        return Responses.caller(security)
                .map(caller -> Responses.toResponse(api.list(caller, parameters()), uri))
                .orElseGet(Responses::unauthenticated);
    }

    @GET
    @Path("verification")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "auditVerify", summary = "De hash-keten narekenen")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "AuditVerification"))})
    public Response verify() {
        return Responses.caller(security)
                .map(caller -> Responses.toResponse(api.verify(caller), uri))
                .orElseGet(Responses::unauthenticated);
    }

    @GET
    @Path("export")
    @Operation(operationId = "auditExport", summary = "Exporteren als JSON Lines of CSV")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/x-ndjson", schema = @Schema(type = SchemaType.STRING)), @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING))})
    public Response export() {
        Optional<Caller> caller = Responses.caller(security);
        if (caller.isEmpty()) {
            return Responses.unauthenticated();
        }
        Function<String, Optional<String>> parameters = parameters();
        Optional<Response> refused = api.checkExport(caller.get(), parameters).map(r -> Responses.toResponse(r, uri));
        if (refused.isPresent()) {
            return refused.get();
        }
        ExportFormat format = api.format(parameters);
        StreamingOutput body = output -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            api.export(caller.get(), parameters, writer);
            writer.flush();
        };
        return Response.ok(body, format.mediaType() + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"auditlog." + format.extension() + "\"")
                .build();
    }

    private Function<String, Optional<String>> parameters() {
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        return name -> Optional.ofNullable(query.getFirst(name)).filter(v -> !v.isBlank());
    }
}
