package nl.vhkgateway.interfaces.web;

import jakarta.json.Json;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The target of web.xml's error pages: a Dutch HTML page instead of Payara's English one; under {@code /api} a
 * short {@code application/problem+json} (the API has no HTML).
 */
@WebServlet(urlPatterns = "/fout")
public class ErrorPageServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i ? i : 404;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri instanceof String s ? s.substring(Math.min(s.length(), request.getContextPath().length())) : "";
        if (path.startsWith("/api/") || path.equals("/api")) {
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(Json.createObjectBuilder()
                    .add("status", status)
                    .add("title", switch (status) {
                        case 404 -> "Niet gevonden";
                        case 405 -> "Methode niet toegestaan";
                        case 403 -> "Geen toegang";
                        default -> "Er ging iets mis";
                    }).build().toString());
            return;
        }
        ErrorPages.send(request, response, status);
    }
}
