package nl.vhkgateway.interfaces.rest.problem;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that JSON-P could not parse (e.g. a resource that takes a {@code JsonObject}): 400 malformed-json. */
@Provider
public class JsonExceptionMapper implements ExceptionMapper<JsonException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(JsonException exception) {
        return ProblemResponses.of(Problem.of(ProblemType.MALFORMED_JSON, "De inhoud is geen geldige JSON;"
                + " controleer aanhalingstekens, komma's en haakjes.").at(RequestPaths.of(uri)));
    }
}
