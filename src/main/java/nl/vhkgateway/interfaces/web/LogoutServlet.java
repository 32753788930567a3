package nl.vhkgateway.interfaces.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;

import nl.vhkgateway.interfaces.web.view.Page;

/** {@code POST /console/uitloggen}: ends the session (with CSRF token, so no other site can log a user out). */
@WebServlet(urlPatterns = "/console/uitloggen")
public class LogoutServlet extends ConsoleServlet {

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Page page = new Page(request.getContextPath(), "U bent uitgelogd", "");
        page.p("U bent uitgelogd. Sluit de browser als u een gedeelde computer gebruikt.");
        page.raw("<p>" + page.link(ConsoleFilter.LOGIN_PATH, "Opnieuw inloggen") + "</p>");
        send(response, page);
    }
}
