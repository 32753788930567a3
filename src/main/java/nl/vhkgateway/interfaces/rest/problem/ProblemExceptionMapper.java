package nl.vhkgateway.interfaces.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers a {@link ProblemException} with its problem. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(ProblemException exception) {
        return ProblemResponses.of(exception.problem().at(RequestPaths.of(uri)));
    }
}
