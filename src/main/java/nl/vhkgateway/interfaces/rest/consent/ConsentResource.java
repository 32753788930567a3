package nl.vhkgateway.interfaces.rest.consent;

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
import nl.vhkgateway.interfaces.rest.support.Responses;

import java.util.Optional;
import java.util.function.Function;

/**
 * {@code /api/consents}: the consent register over HTTP, for the roles "deelnemer" and "beheerder". All logic is
 * in {@link ConsentApi}; this class only adapts JAX-RS. Request scoped.
 */
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
    public Response record(String body) {
        return respond(caller -> api.record(caller, body));
    }

    @GET
    public Response lookup(@QueryParam("case") String caseReference) {
        return respond(caller -> api.lookup(caller, caseReference));
    }

    @GET
    @Path("directions")
    public Response directions() {
        return respond(api::directions);
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") String id) {
        return respond(caller -> api.get(caller, id));
    }

    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response withdraw(@PathParam("id") String id, String body) {
        return respond(caller -> api.withdraw(caller, id, body));
    }

    private Response respond(Function<Caller, JsonResult> call) {
        Optional<Caller> caller = Responses.caller(security);
        return caller.map(c -> Responses.toResponse(call.apply(c), uri)).orElseGet(Responses::unauthenticated);
    }
}
