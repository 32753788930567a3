package nl.vhkgateway.interfaces.rest.support;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.logging.Level;
import java.util.logging.Logger;

import nl.vhkgateway.interfaces.http.ErrorBodies;
import nl.vhkgateway.interfaces.http.Incidents;

/**
 * Last line of defence of the REST API: no exception text, SQL, stack trace or class name ever reaches a caller.
 * A JAX-RS error (404 unknown path, 405, 406, 415, a malformed parameter) keeps its status with a Dutch sentence;
 * anything else is logged with an incident number and answered 500 with that number. A 500 remains a bug to fix
 * (the endpoint fuzz test looks for them); this mapper only keeps the answer clean. Stateless.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            // a malformed query parameter (a letter where a number belongs) is a bad request; a malformed id in the
            // path stays "not found", like any id the caller may not see
            int shown = status == 404 && web.getClass().getSimpleName().equals("QueryParamException") ? 400 : status;
            return answer(shown, ErrorBodies.sentence(shown), web.getResponse().getHeaderString("Allow"));
        }
        String incident = Incidents.next();
        LOG.log(Level.SEVERE, "Unexpected error in the REST API, incident " + incident, error);
        return answer(500, ErrorBodies.sentence(500) + " Kenmerk: " + incident + ".", null);
    }

    private static Response answer(int status, String sentence, String allow) {
        Response.ResponseBuilder response = Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .header("Cache-Control", "no-store")
                .entity(ErrorBodies.json(sentence));
        if (allow != null) {
            response.header("Allow", allow);
        }
        return response.build();
    }
}
