package nl.vhkgateway.interfaces.rest.register;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Turns an {@link ApiResponse} into a JAX-RS response (JSON as UTF-8 text; Location for 201). Stateless. */
final class JaxRsResponses {

    static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    private JaxRsResponses() {
    }

    static Response of(ApiResponse answer, UriInfo uriInfo) {
        Response.ResponseBuilder response = Response.status(answer.status()).type(JSON)
                .entity(answer.body().toString());
        answer.location().ifPresent(path -> response.location(uriInfo.getBaseUriBuilder().path(path).build()));
        return response.build();
    }
}
