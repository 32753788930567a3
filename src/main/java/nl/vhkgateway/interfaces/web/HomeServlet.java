package nl.vhkgateway.interfaces.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /} and {@code /console/}: to the logged-in user's first page, or to the login page. The gateway has no other
 * pages at the root; the REST API lives under {@code /api}.
 */
@WebServlet(urlPatterns = {"", "/console", "/console/"})
public class HomeServlet extends ConsoleServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeaders.apply(request, response, false);
        String target = ConsoleFilter.user(request).map(u -> Menus.home(u.role())).orElse(ConsoleFilter.LOGIN_PATH);
        response.sendRedirect(request.getContextPath() + target);
    }
}
