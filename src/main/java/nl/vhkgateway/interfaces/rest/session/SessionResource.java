package nl.vhkgateway.interfaces.rest.session;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import nl.vhkgateway.application.security.Roles;

import java.util.List;
import nl.vhkgateway.application.security.Roles;

/**
 * {@code GET /api/session}: who is logged in and with which roles ({@code {"user":"beheerder","roles":["beheerder"]}}),
 * so that a beheerder or deelnemer can check a login before using the API.
 */
@Tag(name = "Sessie", description = "Wie is aangemeld")
@SecurityRequirement(name = "basic")
@Path("session")
@RequestScoped
public class SessionResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BEHEERDER, Roles.DEELNEMER, Roles.VOORZITTER})
    @Operation(operationId = "sessionSession", summary = "Wie is aangemeld en met welke rollen")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "Session"))})
    public JsonObject session(@Context SecurityContext security) {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        for (String role : List.of(Roles.BEHEERDER, Roles.DEELNEMER, Roles.VOORZITTER)) {
            if (security.isUserInRole(role)) {
                roles.add(role);
            }
        }
        return Json.createObjectBuilder()
                .add("user", security.getUserPrincipal().getName())
                .add("roles", roles)
                .build();
    }
}
