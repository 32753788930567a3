package nl.vhkgateway.interfaces.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Optional;
import java.util.logging.Logger;

/** Applies the {@link CrossSiteRequestPolicy} to everything under {@code /api}. Stateless. */
@WebFilter(urlPatterns = "/api/*")
public class CrossSiteRequestFilter extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(CrossSiteRequestFilter.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<Integer> refusal = CrossSiteRequestPolicy.refusal(request.getMethod(), path,
                request.getHeader("Origin"), request.getHeader("Host"), request.getContentType(),
                request.getHeader("Sec-Fetch-Site"));
        if (refusal.isPresent()) {
            LOG.warning(() -> "Cross-site request refused (" + refusal.get() + "): " + request.getMethod() + " "
                    + path.replaceAll("[^A-Za-z0-9/_.-]", "?") + " from " + request.getRemoteAddr());
            ErrorBodies.write(response, refusal.get(), refusal.get() == 403
                    ? "Dit verzoek komt van een andere website en is geweigerd. Gebruik de API rechtstreeks, met"
                    + " Content-Type application/json."
                    : ErrorBodies.sentence(415));
            return;
        }
        chain.doFilter(request, response);
    }
}
