package nl.vhkgateway.interfaces.rest;

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

import java.util.List;
import nl.vhkgateway.application.security.Roles;

/**
 * {@code GET /api/session}: who is logged in and with which roles ({@code {"user":"beheerder","roles":["beheerder"]}}),
 * so that a beheerder or deelnemer can check a login before using the API.
 */
@Path("session")
@RequestScoped
public class SessionResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BEHEERDER, Roles.DEELNEMER})
    public JsonObject session(@Context SecurityContext security) {
        JsonArrayBuilder roles = Json.createArrayBuilder();
        for (String role : List.of(Roles.BEHEERDER, Roles.DEELNEMER)) {
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
