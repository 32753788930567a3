package nl.vhkgateway.interfaces.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import nl.vhkgateway.interfaces.rest.support.InvalidInputException;

/** Input the caller can fix: 400 with the exception's Dutch message and type. */
@Provider
public class InvalidInputExceptionMapper implements ExceptionMapper<InvalidInputException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(InvalidInputException exception) {
        return ProblemResponses.of(Problem.of(exception.type(), exception.getMessage()).at(RequestPaths.of(uri)));
    }
}
