package nl.vhkgateway.interfaces.rest.support;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import nl.vhkgateway.application.consent.Caller;

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
        return toResponse(JsonResult.error(401, "u bent niet aangemeld"), null);
    }

    public static Response toResponse(JsonResult result, UriInfo uri) {
        Response.ResponseBuilder response = Response.status(result.status())
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(result.body().toString());
        if (result.status() == 401) {
            response.header("WWW-Authenticate", "Basic realm=\"vhk-gateway\", charset=\"UTF-8\"");
        }
        result.location().ifPresent(location -> response.location(uri.getBaseUriBuilder().path(location).build()));
        return response.build();
    }
}
