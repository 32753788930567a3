package nl.vhkgateway.interfaces.rest.problem;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.Set;
import java.util.TreeSet;

/**
 * The JAX-RS runtime's own errors as problems: an unmatched path (404), a method the resource does not have (405,
 * with {@code Allow}), a content type it does not read (415), an answer format it cannot write (406), a role it
 * refuses (403) and parameters it cannot convert (400; JAX-RS itself would answer 404 for a bad query parameter).
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uri;

    @Context
    Request request;

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        int status = original == null ? 500 : original.getStatus();
        Problem problem = problem(exception, status).at(RequestPaths.of(uri));
        Response.ResponseBuilder response = ProblemResponses.builder(problem);
        if (exception instanceof NotAllowedException && original != null) {
            Set<String> allowed = new TreeSet<>(original.getAllowedMethods());
            response.allow(allowed);
        }
        if (original != null && original.getHeaderString(HttpHeaders.RETRY_AFTER) != null) {
            response.header(HttpHeaders.RETRY_AFTER, original.getHeaderString(HttpHeaders.RETRY_AFTER));
        }
        return response.build();
    }

    private Problem problem(WebApplicationException exception, int status) {
        String kind = exception.getClass().getSimpleName();
        if (kind.equals("QueryParamException") || kind.equals("HeaderParamException")
                || kind.equals("FormParamException") || kind.equals("CookieParamException")
                || kind.equals("MatrixParamException")) {
            return Problem.of(ProblemType.INVALID_PARAMETER, "Een parameter van dit verzoek heeft geen geldige"
                    + " waarde" + parameterName(exception) + ".");
        }
        if (kind.equals("PathParamException")) {
            return Problem.of(ProblemType.NOT_FOUND, "Dit nummer bestaat niet: gebruik een positief geheel getal.");
        }
        if (exception instanceof NotFoundException) {
            return Problem.of(ProblemType.UNKNOWN_PATH, "Er is geen API-adres " + RequestPaths.of(uri)
                    + ". Zie /openapi voor de adressen die er zijn.");
        }
        if (exception instanceof NotAllowedException) {
            return Problem.of(ProblemType.METHOD_NOT_ALLOWED, "Methode " + method() + " is hier niet toegestaan;"
                    + " toegestaan: " + String.join(", ", new TreeSet<>(exception.getResponse().getAllowedMethods()))
                    + ".");
        }
        if (exception instanceof NotSupportedException) {
            return Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Dit adres leest dit inhoudstype niet; stuur"
                    + " bijvoorbeeld JSON met Content-Type: application/json.");
        }
        if (exception instanceof NotAcceptableException) {
            return Problem.of(ProblemType.NOT_ACCEPTABLE, "Dit adres antwoordt alleen in JSON; vraag"
                    + " Accept: application/json.");
        }
        if (exception instanceof ForbiddenException) {
            return Problem.of(ProblemType.FORBIDDEN, "Uw account heeft niet de rol die hiervoor nodig is.");
        }
        if (exception instanceof NotAuthorizedException) {
            return Problem.of(ProblemType.UNAUTHENTICATED, "Meld u aan met uw gebruikersnaam en wachtwoord"
                    + " (HTTP Basic).");
        }
        if (status == 400) {
            return Problem.of(ProblemType.INVALID_INPUT, "Dit verzoek kan niet worden gelezen.");
        }
        return Problem.ofStatus(status, status >= 500 ? "Probeer het later opnieuw; de beheerder vindt de"
                + " oorzaak in het logboek van de gateway." : "Dit verzoek kan niet worden uitgevoerd.");
    }

    private String method() {
        return request == null ? "?" : request.getMethod();
    }

    /** Jersey's parameter exceptions name the parameter ({@code getParameterName()}); other runtimes do not. */
    private static String parameterName(WebApplicationException exception) {
        try {
            Object name = exception.getClass().getMethod("getParameterName").invoke(exception);
            return name instanceof String text && text.matches("[A-Za-z0-9_.-]{1,40}") ? " (" + text + ")" : "";
        } catch (ReflectiveOperationException | RuntimeException e) {
            return "";
        }
    }
}
