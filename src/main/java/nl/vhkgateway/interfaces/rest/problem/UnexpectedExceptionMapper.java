package nl.vhkgateway.interfaces.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import nl.vhkgateway.infrastructure.persistence.PersistenceException;

/**
 * Everything no other mapper handles. An unreachable database is 503 (try again later) and logs one line; any other
 * exception is a bug: 500, logged once with its stack trace and an incident number that the answer repeats, so a
 * beheerder can find it. The answer never carries the exception text (it may hold data).
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(Throwable exception) {
        String incident = UUID.randomUUID().toString().substring(0, 8);
        String path = RequestPaths.of(uri);
        if (exception instanceof PersistenceException) {
            LOG.warning(() -> "event=rest.unavailable incident=" + incident + " path=" + path + " cause="
                    + exception.getClass().getSimpleName());
            return ProblemResponses.builder(Problem.of(ProblemType.UNAVAILABLE, "De database is op dit moment"
                    + " niet bereikbaar. Probeer het later opnieuw (melding " + incident + ").").at(path))
                    .header("Retry-After", "30").build();
        }
        LOG.log(Level.SEVERE, "event=rest.internal-error incident=" + incident + " path=" + path, exception);
        return ProblemResponses.of(Problem.of(ProblemType.INTERNAL_ERROR, "Er ging iets mis in de gateway."
                + " Noem de beheerder meldingsnummer " + incident + ".").at(path));
    }
}
