package nl.vhkgateway.interfaces.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * The gate of the web console ({@code /console/*}): sets the {@link SecurityHeaders}, lets anyone reach the login
 * page, the stylesheet and (when enabled) the pre-check without login, sends everyone else without a session to
 * the login page, and lets a logged-in user into their own role's part only ({@link ConsoleRole#basePath()}): a
 * deelnemer who types a beheer URL gets 403. Which organisation's data a deelnemer sees is decided by the pages,
 * always from the session, never from the URL. CSRF tokens are checked by {@link ConsoleServlet} for every POST.
 */
@WebFilter(urlPatterns = "/console/*")
public class ConsoleFilter extends HttpFilter {

    static final String USER = "vhk.console.user";
    static final String LOGIN_PATH = "/console/inloggen";
    static final String PUBLIC_PRECHECK_PATH = "/console/openbaar/kaart-controleren";
    private static final String STATIC = "/console/static/";
    private static final Set<String> PUBLIC = Set.of(LOGIN_PATH, PUBLIC_PRECHECK_PATH, "/console/lege-kaart.docx");
    private static final Set<String> ANY_ROLE = Set.of("/console/", "/console", "/console/uitloggen");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        boolean isStatic = path.startsWith(STATIC);
        SecurityHeaders.apply(request, response, isStatic);
        if (isStatic || PUBLIC.contains(path)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<ConsoleUser> user = user(request);
        if (user.isEmpty()) {
            String back = request.getMethod().equals("GET") ? "?terug=" + java.net.URLEncoder.encode(path,
                    java.nio.charset.StandardCharsets.UTF_8) : "";
            response.sendRedirect(request.getContextPath() + LOGIN_PATH + back);
            return;
        }
        if (ANY_ROLE.contains(path) || path.startsWith(user.get().role().basePath())) {
            chain.doFilter(request, response);
            return;
        }
        ErrorPages.send(request, response, HttpServletResponse.SC_FORBIDDEN);
    }

    /** The logged-in user of this request, if any. */
    public static Optional<ConsoleUser> user(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        return session.getAttribute(USER) instanceof ConsoleUser user ? Optional.of(user) : Optional.empty();
    }
}
