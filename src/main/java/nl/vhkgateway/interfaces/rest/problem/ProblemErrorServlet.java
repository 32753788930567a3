package nl.vhkgateway.interfaces.rest.problem;

import nl.vhkgateway.interfaces.http.SecurityHeadersFilter;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of the whole web application ({@code WEB-INF/web.xml} sends every error status and uncaught
 * exception here), so that what the container answers itself is a problem too: the 401 of the login
 * (HTTP Basic, with its {@code WWW-Authenticate} challenge kept), the 403 of a security constraint, the 404 of a
 * path outside the API, the 405 of the default servlet. Errors of the JAX-RS resources never get here: their
 * {@code ExceptionMapper}s answer them. Called directly, it answers 404 like any unknown path.
 */
@WebServlet(name = "ProblemErrorServlet", urlPatterns = ProblemErrorServlet.PATH)
public class ProblemErrorServlet extends HttpServlet {

    public static final String PATH = "/problem";
    private static final Logger LOG = Logger.getLogger(ProblemErrorServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        handle(request, response);
    }

    /**
     * Answers an error dispatch (status, path and exception from the request's error attributes) with a problem; the
     * console's error page hands the API's paths to this.
     */
    public static void handle(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code instanceof Integer number && number >= 400 && number <= 599 ? number : 404;
        String requestPath = path instanceof String text ? text : request.getRequestURI();
        if (exception instanceof Throwable thrown) {
            status = 500;
            LOG.log(Level.SEVERE, "event=http.uncaught path=" + requestPath, thrown);
        }
        write(request, response, status, requestPath);
    }

    /**
     * Writes the problem for an error status the container answers itself (also usable by another error page,
     * e.g. one that answers HTML outside {@code /api}): resets the body, keeps the headers (a 401 challenge).
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String requestPath)
            throws IOException {
        Problem problem = problem(status, request.getMethod()).at(requestPath);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        SecurityHeadersFilter.apply(request.isSecure()
                || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")), response);
        if (status == 401 && response.getHeader("WWW-Authenticate") == null) {
            response.setHeader("WWW-Authenticate", ProblemResponses.CHALLENGE);
        }
        if (!"HEAD".equalsIgnoreCase(request.getMethod())) {
            response.getWriter().write(problem.toJson().toString());
        }
    }

    public static Problem problem(int status, String method) {
        return switch (status) {
            case 400 -> Problem.of(ProblemType.INVALID_INPUT, "Dit verzoek kan niet worden gelezen.");
            case 401 -> Problem.of(ProblemType.UNAUTHENTICATED, "Meld u aan met uw gebruikersnaam en wachtwoord"
                    + " (HTTP Basic). Klopt uw wachtwoord niet, of is uw account geblokkeerd, vraag dan de"
                    + " beheerder.");
            case 403 -> Problem.of(ProblemType.FORBIDDEN, "Uw account heeft niet de rol die hiervoor nodig is.");
            case 404 -> Problem.of(ProblemType.UNKNOWN_PATH, "Dit adres bestaat niet. De API staat onder /api;"
                    + " zie /openapi voor de adressen die er zijn.");
            case 405 -> Problem.of(ProblemType.METHOD_NOT_ALLOWED, "Methode " + safeMethod(method)
                    + " is hier niet toegestaan.");
            case 413 -> Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "De inhoud van dit verzoek is te groot.");
            case 415 -> Problem.of(ProblemType.UNSUPPORTED_MEDIA_TYPE, "Dit inhoudstype wordt hier niet"
                    + " ondersteund.");
            case 503 -> Problem.of(ProblemType.UNAVAILABLE, "De gateway kan dit nu niet doen; probeer het later"
                    + " opnieuw.");
            default -> Problem.ofStatus(status, status >= 500 ? "Er ging iets mis in de gateway; de beheerder"
                    + " vindt de oorzaak in het logboek." : "Dit verzoek kan niet worden uitgevoerd.");
        };
    }

    private static String safeMethod(String method) {
        return method != null && method.matches("[A-Z]{1,10}") ? method : "?";
    }
}
