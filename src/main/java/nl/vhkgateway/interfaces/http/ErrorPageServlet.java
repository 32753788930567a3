package nl.vhkgateway.interfaces.http;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The error page of the whole application ({@code WEB-INF/web.xml}): replaces the container's HTML error report
 * (which names the server, its version and sometimes the exception) by {@link ErrorBodies}' small JSON body. An
 * exception that reaches it is logged here with an incident number that the answer repeats, so that a support
 * question can be matched to the log without the caller ever seeing the cause. Stateless.
 */
@WebServlet(urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    static final String PATH = "/error";
    private static final Logger LOG = Logger.getLogger(ErrorPageServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : 404;
        Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        String sentence = ErrorBodies.sentence(status);
        if (error instanceof Throwable throwable) {
            status = 500;
            String incident = Incidents.next();
            LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, throwable);
            sentence = ErrorBodies.sentence(500) + " Kenmerk: " + incident + ".";
        }
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        ErrorBodies.write(response, status, sentence);
    }
}
