package nl.vhkgateway.interfaces.rest.register;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.vhkgateway.interfaces.rest.problem.Problem;

/**
 * Turns an {@link ApiResponse} into a JAX-RS response (JSON as UTF-8 text, problems as
 * {@value Problem#MEDIA_TYPE} with the request path as {@code instance}; Location for 201). Stateless.
 */
final class JaxRsResponses {

    static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";

    private JaxRsResponses() {
    }

    static Response of(ApiResponse answer, UriInfo uriInfo) {
        if (answer.isProblem()) {
            JsonObject problem = (JsonObject) answer.body();
            return Response.status(answer.status()).type(Problem.MEDIA_TYPE + ";charset=UTF-8")
                    .entity(Json.createObjectBuilder(problem).add("instance", uriInfo.getRequestUri().getRawPath())
                            .build().toString()).build();
        }
        Response.ResponseBuilder response = Response.status(answer.status()).type(JSON)
                .entity(answer.body().toString());
        answer.location().ifPresent(path -> response.location(uriInfo.getBaseUriBuilder().path(path).build()));
        return response.build();
    }
}
