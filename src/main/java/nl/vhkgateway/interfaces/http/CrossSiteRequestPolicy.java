package nl.vhkgateway.interfaces.http;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses cross-site requests to the API's state-changing endpoints (CSRF: a browser that remembers a Basic login
 * sends it along with a form posted by another website):
 * <ul>
 *   <li>a POST, PUT, PATCH or DELETE with an {@code Origin} of another site (or {@code Sec-Fetch-Site: cross-site})
 *       is refused with 403;</li>
 *   <li>such a request with a body type an HTML form can send ({@code application/x-www-form-urlencoded},
 *       {@code multipart/form-data}, {@code text/plain}) is refused with 415, except the card upload of
 *       {@code /api/screen} (documented as multipart/form-data; it changes nothing).</li>
 * </ul>
 * GET, HEAD and OPTIONS pass (they change nothing). Same site: the Origin's host and port are the request's
 * {@code Host}. Stateless.
 */
public final class CrossSiteRequestPolicy {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");
    private static final String SCREEN = "/api/screen";

    private CrossSiteRequestPolicy() {
    }

    /**
     * @param path the request path inside the application ({@code /api/...})
     * @return the status to refuse with (403 or 415), or empty when the request may go ahead
     */
    public static Optional<Integer> refusal(String method, String path, String origin, String host,
                                            String contentType, String secFetchSite) {
        if (method == null || !STATE_CHANGING.contains(method.toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        if ("cross-site".equalsIgnoreCase(secFetchSite) || (origin != null && !sameSite(origin, host))) {
            return Optional.of(403);
        }
        String type = contentType == null ? "" : contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        boolean screen = path != null && (path.equals(SCREEN) || path.startsWith(SCREEN + "?"));
        if (FORM_TYPES.contains(type) && !screen) {
            return Optional.of(415);
        }
        return Optional.empty();
    }

    static boolean sameSite(String origin, String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            URI uri = URI.create(origin.strip());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return false; // "null" (a sandboxed or file: page) or garbage
            }
            int originPort = uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
            URI hostUri = URI.create(uri.getScheme() + "://" + host.strip());
            int hostPort = hostUri.getPort() != -1 ? hostUri.getPort() : originPort;
            return uri.getHost().equalsIgnoreCase(hostUri.getHost()) && originPort == hostPort;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
