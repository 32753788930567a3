package nl.vhkgateway.interfaces.rest.consent;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import nl.vhkgateway.application.consent.Caller;
import nl.vhkgateway.interfaces.rest.support.JsonResult;
import nl.vhkgateway.interfaces.rest.support.PageRequest;
import nl.vhkgateway.interfaces.rest.support.Responses;

import java.util.Optional;
import java.util.function.Function;

/**
 * {@code /api/consents}: the consent register over HTTP, for the roles "deelnemer" and "beheerder". All logic is
 * in {@link ConsentApi}; this class only adapts JAX-RS. Request scoped.
 */
@Tag(name = "Toestemmingen", description = "Het toestemmingenregister")
@SecurityRequirement(name = "basic")
@Path("consents")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Caller.ROLE_DEELNEMER, Caller.ROLE_BEHEERDER})
public class ConsentResource {

    @Inject
    ConsentApi api;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "consentsRecord", summary = "Een toestemming vastleggen")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "Consent"))})
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "ConsentInput")))
    public Response record(String body) {
        return respond(caller -> api.record(caller, body));
    }

    @GET
    @Operation(operationId = "consentsLookup", summary = "De toestemmingen van een casus")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "ConsentPage"))})
    public Response lookup(@QueryParam("case") String caseReference, @QueryParam("limit") String limit,
                           @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.from(limit, offset);
        return respond(caller -> api.lookup(caller, caseReference, page));
    }

    @GET
    @Path("directions")
    @Operation(operationId = "consentsDirections", summary = "De toegestane richtingen van overdracht")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "DirectionPage"))})
    public Response directions(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.from(limit, offset);
        return respond(caller -> api.directions(caller, page));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "consentsGet", summary = "Eén toestemming")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "Consent"))})
    public Response get(@PathParam("id") String id) {
        return respond(caller -> api.get(caller, id));
    }

    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "consentsWithdraw", summary = "Een toestemming intrekken")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "Consent"))})
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "WithdrawalInput")))
    public Response withdraw(@PathParam("id") String id, String body) {
        return respond(caller -> api.withdraw(caller, id, body));
    }

    private Response respond(Function<Caller, JsonResult> call) {
        Optional<Caller> caller = Responses.caller(security);
        return caller.map(c -> Responses.toResponse(call.apply(c), uri)).orElseGet(Responses::unauthenticated);
    }
}
