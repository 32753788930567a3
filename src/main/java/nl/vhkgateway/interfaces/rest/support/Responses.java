package nl.vhkgateway.interfaces.rest.support;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import nl.vhkgateway.application.consent.Caller;
import nl.vhkgateway.interfaces.rest.problem.Problem;
import nl.vhkgateway.interfaces.rest.problem.ProblemResponses;
import nl.vhkgateway.interfaces.rest.problem.ProblemType;

import java.security.Principal;
import java.util.Locale;
import java.util.Optional;

/** Turns callers and {@link JsonResult}s into JAX-RS terms. Stateless. */
public final class Responses {

    private Responses() {
    }

    /** The authenticated caller (principal name in lower case); empty when nobody is logged in. */
    public static Optional<Caller> caller(SecurityContext security) {
        Principal principal = security.getUserPrincipal();
        if (principal == null || principal.getName() == null || principal.getName().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new Caller(principal.getName().strip().toLowerCase(Locale.ROOT),
                security.isUserInRole(Caller.ROLE_BEHEERDER), security.isUserInRole(Caller.ROLE_DEELNEMER)));
    }

    public static Response unauthenticated() {
        return toResponse(JsonResult.error(ProblemType.UNAUTHENTICATED, "Meld u aan met uw gebruikersnaam en"
                + " wachtwoord (HTTP Basic)."), null);
    }

    public static Response toResponse(JsonResult result, UriInfo uri) {
        String type = result.isProblem() ? Problem.MEDIA_TYPE + ";charset=UTF-8"
                : MediaType.APPLICATION_JSON + ";charset=UTF-8";
        Response.ResponseBuilder response = Response.status(result.status())
                .type(type)
                .entity(withInstance(result, uri));
        if (result.status() == 401) {
            response.header("WWW-Authenticate", ProblemResponses.CHALLENGE);
        }
        result.location().ifPresent(location -> response.location(uri.getBaseUriBuilder().path(location).build()));
        return response.build();
    }

    private static String withInstance(JsonResult result, UriInfo uri) {
        if (!result.isProblem() || uri == null || !(result.body() instanceof jakarta.json.JsonObject object)
                || object.containsKey("instance")) {
            return result.body().toString();
        }
        return jakarta.json.Json.createObjectBuilder(object).add("instance", uri.getRequestUri().getRawPath())
                .build().toString();
    }
}
