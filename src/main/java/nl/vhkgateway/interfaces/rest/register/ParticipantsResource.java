package nl.vhkgateway.interfaces.rest.register;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import nl.vhkgateway.application.participant.ParticipantRegistry;
import nl.vhkgateway.interfaces.rest.support.PageRequest;

/**
 * {@code /api/participants}: the vaste deelnemers, for the beheerder (and {@code /me} for a participant).
 * <pre>
 * GET    /api/participants                      list
 * POST   /api/participants                      register {"name","mailAddress","organisationId"} -> 201
 * GET    /api/participants/{id}                 one
 * PUT    /api/participants/{id}                 change   (same fields; "active" optional)
 * POST   /api/participants/{id}/deactivate      deactivate (submissions are refused from then on)
 * POST   /api/participants/{id}/activate        activate again
 * PUT    /api/participants/{id}/certificate     S/MIME signing certificate, PEM body (signatures required from then on)
 * DELETE /api/participants/{id}/certificate     remove it
 * PUT    /api/participants/{id}/api-password    {"password": "..."} (at least 12 characters) for the REST API
 * DELETE /api/participants/{id}/api-password    remove REST API access
 * GET    /api/participants/me                   the logged-in participant's own registration (role deelnemer)
 * </pre>
 * Errors: 400 invalid input, 404 unknown number, 409 mail address taken; RFC 9457 problems (application/problem+json). Logic in
 * {@link ParticipantEndpoints}.
 */
@Tag(name = "Deelnemers", description = "Vaste deelnemers (beheerder; /me voor de deelnemer zelf)")
@SecurityRequirement(name = "basic")
@Path("participants")
@ApplicationScoped
@RolesAllowed("beheerder")
@Produces(MediaType.APPLICATION_JSON)
public class ParticipantsResource {

    @Inject
    ParticipantRegistry registry;

    @Context
    UriInfo uriInfo;

    @Context
    SecurityContext security;

    private ParticipantEndpoints endpoints;

    @PostConstruct
    void init() {
        endpoints = new ParticipantEndpoints(registry);
    }

    @GET
    @Operation(operationId = "participantsList", summary = "Alle vaste deelnemers")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "ParticipantPage"))})
    public Response list(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return JaxRsResponses.of(endpoints.list(PageRequest.from(limit, offset)), uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "participantsCreate", summary = "Een vaste deelnemer registreren")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "Participant"))})
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "ParticipantInput")))
    public Response create(String body) {
        return JaxRsResponses.of(endpoints.create(body), uriInfo);
    }

    @GET
    @Path("me")
    @RolesAllowed("deelnemer")
    @Operation(operationId = "participantsMe", summary = "De aangemelde deelnemer zelf")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "Participant"))})
    public Response me() {
        return JaxRsResponses.of(endpoints.me(security.getUserPrincipal().getName()), uriInfo);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "participantsGet", summary = "Eén vaste deelnemer")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "Participant"))})
    public Response get(@PathParam("id") String id) {
        return JaxRsResponses.of(endpoints.get(id), uriInfo);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "participantsUpdate", summary = "Een vaste deelnemer wijzigen")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "Participant"))})
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "ParticipantInput")))
    public Response update(@PathParam("id") String id, String body) {
        return JaxRsResponses.of(endpoints.update(id, body), uriInfo);
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(operationId = "participantsDeactivate", summary = "Deactiveren")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "Participant"))})
    public Response deactivate(@PathParam("id") String id) {
        return JaxRsResponses.of(endpoints.setActive(id, false), uriInfo);
    }

    @POST
    @Path("{id}/activate")
    @Operation(operationId = "participantsActivate", summary = "Weer activeren")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "Participant"))})
    public Response activate(@PathParam("id") String id) {
        return JaxRsResponses.of(endpoints.setActive(id, true), uriInfo);
    }

    @PUT
    @Path("{id}/certificate")
    @Consumes({"application/x-pem-file", "application/pem-certificate-chain", "application/x-x509-ca-cert",
            MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "participantsSetCertificate", summary = "Het ondertekeningscertificaat zetten (PEM)")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "Participant"))})
    @RequestBody(required = true, content = @Content(mediaType = "application/x-pem-file", schema = @Schema(type = SchemaType.STRING, description = "Een X.509-certificaat in PEM")))
    public Response setCertificate(@PathParam("id") String id, String pem) {
        return JaxRsResponses.of(endpoints.setCertificate(id, pem), uriInfo);
    }

    @DELETE
    @Path("{id}/certificate")
    @Operation(operationId = "participantsRemoveCertificate", summary = "Het certificaat verwijderen")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "Participant"))})
    public Response removeCertificate(@PathParam("id") String id) {
        return JaxRsResponses.of(endpoints.removeCertificate(id), uriInfo);
    }

    @PUT
    @Path("{id}/api-password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "participantsSetApiPassword", summary = "Een API-wachtwoord zetten")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "Participant"))})
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "PasswordInput")))
    public Response setApiPassword(@PathParam("id") String id, String body) {
        return JaxRsResponses.of(endpoints.setApiPassword(id, body), uriInfo);
    }

    @DELETE
    @Path("{id}/api-password")
    @Operation(operationId = "participantsRemoveApiPassword", summary = "Het API-wachtwoord verwijderen")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "Participant"))})
    public Response removeApiPassword(@PathParam("id") String id) {
        return JaxRsResponses.of(endpoints.removeApiPassword(id), uriInfo);
    }
}
