package nl.vhkgateway.interfaces.rest.problem;

import jakarta.ws.rs.core.UriInfo;

/** The path of the current request for a problem's {@code instance} (no query string: it may hold search terms). */
final class RequestPaths {

    private RequestPaths() {
    }

    static String of(UriInfo uri) {
        try {
            return uri == null ? null : uri.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            return null; // outside a request
        }
    }
}
