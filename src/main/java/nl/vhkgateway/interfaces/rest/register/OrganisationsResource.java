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
import jakarta.ws.rs.core.UriInfo;
import nl.vhkgateway.application.participant.ParticipantRegistry;
import nl.vhkgateway.interfaces.rest.support.PageRequest;

/**
 * {@code /api/organisations}: the partner organisations, for the beheerder.
 * <pre>
 * GET    /api/organisations?limit=&offset=      list {items, total, limit, offset}
 * POST   /api/organisations                     register  {"type","name","municipality","receivingMailbox"} -> 201
 * GET    /api/organisations/{id}                one
 * PUT    /api/organisations/{id}                change    (same fields; "active" optional)
 * POST   /api/organisations/{id}/deactivate     deactivate (its participants can no longer submit)
 * POST   /api/organisations/{id}/activate       activate again
 * PUT    /api/organisations/{id}/certificate    partner S/MIME certificate, PEM body (handovers get encrypted)
 * DELETE /api/organisations/{id}/certificate    remove it
 * GET    /api/organisations/{id}/participants   its vaste deelnemers
 * </pre>
 * Errors: 400 invalid input, 404 unknown number, 409 name taken; RFC 9457 problems (application/problem+json). Logic in
 * {@link OrganisationEndpoints}.
 */
@Tag(name = "Organisaties", description = "Partnerorganisaties (beheerder)")
@SecurityRequirement(name = "basic")
@Path("organisations")
@ApplicationScoped
@RolesAllowed("beheerder")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationsResource {

    @Inject
    ParticipantRegistry registry;

    @Context
    UriInfo uriInfo;

    private OrganisationEndpoints endpoints;

    @PostConstruct
    void init() {
        endpoints = new OrganisationEndpoints(registry);
    }

    @GET
    @Operation(operationId = "organisationsList", summary = "Alle organisaties")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "OrganisationPage"))})
    public Response list(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        return JaxRsResponses.of(endpoints.list(PageRequest.from(limit, offset)), uriInfo);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "organisationsCreate", summary = "Een organisatie registreren")
    @APIResponse(responseCode = "201", description = "Aangemaakt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "Organisation"))})
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "OrganisationInput")))
    public Response create(String body) {
        return JaxRsResponses.of(endpoints.create(body), uriInfo);
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "organisationsGet", summary = "Eén organisatie")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "Organisation"))})
    public Response get(@PathParam("id") String id) {
        return JaxRsResponses.of(endpoints.get(id), uriInfo);
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "organisationsUpdate", summary = "Een organisatie wijzigen")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "Organisation"))})
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "OrganisationInput")))
    public Response update(@PathParam("id") String id, String body) {
        return JaxRsResponses.of(endpoints.update(id, body), uriInfo);
    }

    @POST
    @Path("{id}/deactivate")
    @Operation(operationId = "organisationsDeactivate", summary = "Deactiveren: haar deelnemers kunnen niet meer inbrengen")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "Organisation"))})
    public Response deactivate(@PathParam("id") String id) {
        return JaxRsResponses.of(endpoints.setActive(id, false), uriInfo);
    }

    @POST
    @Path("{id}/activate")
    @Operation(operationId = "organisationsActivate", summary = "Weer activeren")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "Organisation"))})
    public Response activate(@PathParam("id") String id) {
        return JaxRsResponses.of(endpoints.setActive(id, true), uriInfo);
    }

    @PUT
    @Path("{id}/certificate")
    @Consumes({"application/x-pem-file", "application/pem-certificate-chain", "application/x-x509-ca-cert",
            MediaType.APPLICATION_OCTET_STREAM})
    @Operation(operationId = "organisationsSetCertificate", summary = "Het S/MIME-certificaat voor versleutelde overdracht zetten (PEM)")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "Organisation"))})
    @RequestBody(required = true, content = @Content(mediaType = "application/x-pem-file", schema = @Schema(type = SchemaType.STRING, description = "Een X.509-certificaat in PEM")))
    public Response setCertificate(@PathParam("id") String id, String pem) {
        return JaxRsResponses.of(endpoints.setCertificate(id, pem), uriInfo);
    }

    @DELETE
    @Path("{id}/certificate")
    @Operation(operationId = "organisationsRemoveCertificate", summary = "Het certificaat verwijderen")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "Organisation"))})
    public Response removeCertificate(@PathParam("id") String id) {
        return JaxRsResponses.of(endpoints.removeCertificate(id), uriInfo);
    }

    @GET
    @Path("{id}/participants")
    @Operation(operationId = "organisationsParticipants", summary = "De vaste deelnemers van een organisatie")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "ParticipantPage"))})
    public Response participants(@PathParam("id") String id, @QueryParam("limit") String limit,
                                 @QueryParam("offset") String offset) {
        return JaxRsResponses.of(endpoints.participants(id, PageRequest.from(limit, offset)), uriInfo);
    }
}
