package nl.vhkgateway.interfaces.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Security headers on every answer of the API (issue 11, finding 8): {@code X-Content-Type-Options: nosniff}, a
 * Content-Security-Policy that allows nothing and no framing ({@code default-src 'none'; frame-ancestors 'none'}),
 * {@code X-Frame-Options: DENY}, {@code Referrer-Policy: no-referrer}, {@code Cache-Control: no-store} (every API
 * answer is data about cases or the register), and {@code Strict-Transport-Security} when the request came over
 * TLS (directly, or per {@code X-Forwarded-Proto: https} from the reverse proxy). Set before the resource runs, so
 * error answers carry them too. Stateless.
 */
@WebFilter(urlPatterns = {"/api/*", "/problem"})
public class SecurityHeadersFilter extends HttpFilter {

    static final String CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String HSTS = "max-age=31536000; includeSubDomains";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")), response);
        chain.doFilter(request, response);
    }

    /** Sets the headers; also for answers written outside this filter (the login, the error page). */
    public static void apply(boolean overTls, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cache-Control", "no-store");
        if (overTls) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
    }
}
