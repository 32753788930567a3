package nl.vhkgateway.interfaces.rest.audit;

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
    public Response list() {
        return Responses.caller(security)
                .map(caller -> Responses.toResponse(api.list(caller, parameters()), uri))
                .orElseGet(Responses::unauthenticated);
    }

    @GET
    @Path("verification")
    @Produces(MediaType.APPLICATION_JSON)
    public Response verify() {
        return Responses.caller(security)
                .map(caller -> Responses.toResponse(api.verify(caller), uri))
                .orElseGet(Responses::unauthenticated);
    }

    @GET
    @Path("export")
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
