package nl.vhkgateway.interfaces.rest.problem;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** Writes a {@link Problem} as a JAX-RS response ({@value Problem#MEDIA_TYPE}, UTF-8, not cached). Stateless. */
public final class ProblemResponses {

    /** The realm the Basic challenge of a 401 names (the same as the container's). */
    public static final String CHALLENGE = "Basic realm=\"vhk-gateway\", charset=\"UTF-8\"";

    private ProblemResponses() {
    }

    public static Response of(Problem problem) {
        return builder(problem).build();
    }

    public static Response.ResponseBuilder builder(Problem problem) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(Problem.MEDIA_TYPE + ";charset=UTF-8")
                .cacheControl(noStore)
                .entity(problem.toJson().toString());
        if (problem.status() == 401) {
            response.header("WWW-Authenticate", CHALLENGE);
        }
        return response;
    }
}
