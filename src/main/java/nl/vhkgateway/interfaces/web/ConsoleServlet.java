package nl.vhkgateway.interfaces.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import java.util.logging.Logger;

import nl.vhkgateway.interfaces.web.view.Page;

/**
 * Base of the console's pages. Refuses every POST without the session's CSRF token or with a foreign
 * {@code Origin} (403, before the page sees the request); offers the logged-in user, a page frame with the user's
 * menu, a one-time confirmation after a redirect (post/redirect/get), and HTML output in UTF-8.
 */
public abstract class ConsoleServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ConsoleServlet.class.getName());
    private static final String FLASH = "vhk.console.flash";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setCharacterEncoding("UTF-8");
        if (request.getMethod().equals("POST") && !sameOrigin(request)) {
            LOG.warning("Console POST refused: foreign Origin");
            ErrorPages.send(request, response, 403, "Dit formulier is niet vanaf de VHK-gateway verstuurd en is"
                    + " daarom geweigerd.");
            return;
        }
        if (request.getMethod().equals("POST") && !Csrf.valid(request, request.getParameter(Csrf.FIELD))) {
            LOG.warning("Console POST refused: missing or wrong CSRF token");
            ErrorPages.send(request, response, 403, "Dit formulier is verlopen of niet vanaf de VHK-gateway"
                    + " verstuurd en is daarom geweigerd. Open de pagina opnieuw en probeer het nog eens.");
            return;
        }
        super.service(request, response);
    }

    /** The logged-in user; the {@link ConsoleFilter} guarantees one on non-public pages. */
    protected static ConsoleUser user(HttpServletRequest request) {
        return ConsoleFilter.user(request).orElseThrow(() -> new IllegalStateException("no console user"));
    }

    /** A page in the frame of the logged-in user (or a public frame without). */
    protected static Page page(HttpServletRequest request, String title) {
        HttpSession session = request.getSession(true);
        Page page = new Page(request.getContextPath(), title, Csrf.token(session));
        String path = request.getRequestURI().substring(request.getContextPath().length());
        ConsoleFilter.user(request).ifPresent(u -> page.user(Menus.userLine(u), Menus.of(u.role()), path));
        Object flash = session.getAttribute(FLASH);
        if (flash instanceof String message) {
            session.removeAttribute(FLASH);
            page.flash(Optional.of(message));
        }
        return page;
    }

    protected static void send(HttpServletResponse response, Page page) throws IOException {
        send(response, page, 200);
    }

    protected static void send(HttpServletResponse response, Page page, int status) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.getWriter().write(page.render());
    }

    /** Redirects (303) after a successful POST, with a confirmation for the next page. */
    protected static void redirect(HttpServletRequest request, HttpServletResponse response, String path,
                                   String confirmation) throws IOException {
        if (!confirmation.isEmpty()) {
            request.getSession(true).setAttribute(FLASH, confirmation);
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", request.getContextPath() + path);
    }

    protected static String param(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.strip();
    }

    /** A positive id from the request, or empty. */
    protected static Optional<Long> id(String text) {
        try {
            long value = Long.parseLong(text.strip());
            return value > 0 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The last path segment as an id ("/console/beheer/inzending/42" -> 42). */
    protected static Optional<Long> pathId(HttpServletRequest request) {
        String info = request.getPathInfo();
        return info == null ? Optional.empty() : id(info.replace("/", ""));
    }

    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isEmpty()) {
            return true; // older browsers; the CSRF token still protects
        }
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader("Host");
            return host != null && host.equalsIgnoreCase(uri.getRawAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
