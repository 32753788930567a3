package nl.vhkgateway.interfaces.web;

import nl.vhkgateway.interfaces.rest.problem.ProblemErrorServlet;

import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The one target of web.xml's error pages: a Dutch HTML page for people (the console, any unknown page) instead of
 * Payara's English one; for the paths programs read ({@code /api}, health, OpenAPI, metrics) the RFC 9457 problem
 * of {@link ProblemErrorServlet}.
 */
@WebServlet(urlPatterns = "/fout")
public class ErrorPageServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String s ? s.substring(Math.min(s.length(), request.getContextPath().length())) : "";
        if (isMachinePath(path)) {
            ProblemErrorServlet.handle(request, response);
            return;
        }
        if (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable thrown) {
            status = 500;
            LOG.log(Level.SEVERE, "event=http.uncaught path=" + path, thrown);
        }
        ErrorPages.send(request, response, status);
    }

    /** Paths read by programs, not people: they get RFC 9457 problems, never an HTML page. */
    private static boolean isMachinePath(String path) {
        return Stream.of("/api", "/health", "/openapi", "/metrics", ProblemErrorServlet.PATH)
                .anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }
}
