package nl.vhkgateway.interfaces.rest.problem;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * The registry of the API's error types (RFC 9457 "problem types"): each has a stable {@code type} URI
 * ({@code urn:vhk-gateway:problem:<slug>}, never changed once published), its HTTP status and a Dutch title that is
 * the same for every occurrence. The {@code detail} of one occurrence says what exactly went wrong and how to fix
 * it. A client decides on {@code type}, never on the wording. The table is in docs/rest-api.md. Immutable.
 */
public enum ProblemType {

    INVALID_INPUT("invalid-input", 400, "De invoer klopt niet"),
    MALFORMED_JSON("malformed-json", 400, "De inhoud is geen geldige JSON"),
    INVALID_PARAMETER("invalid-parameter", 400, "Een parameter klopt niet"),
    UNAUTHENTICATED("unauthenticated", 401, "U bent niet aangemeld"),
    FORBIDDEN("forbidden", 403, "U heeft hier geen toegang toe"),
    NOT_FOUND("not-found", 404, "Niet gevonden"),
    UNKNOWN_PATH("unknown-path", 404, "Dit adres bestaat niet"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Deze methode is hier niet toegestaan"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Dit antwoordformaat kan niet worden geleverd"),
    CONFLICT("conflict", 409, "Dit botst met de huidige toestand"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "De inhoud is te groot"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Dit inhoudstype wordt hier niet ondersteund"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Te veel verzoeken"),
    INTERNAL_ERROR("internal-error", 500, "Er ging iets mis in de gateway"),
    UNAVAILABLE("unavailable", 503, "De gateway kan dit nu niet doen"),
    HTTP_ERROR("http-error", 0, "Het verzoek kon niet worden uitgevoerd");

    private static final String PREFIX = "urn:vhk-gateway:problem:";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return URI.create(PREFIX + slug);
    }

    public String slug() {
        return slug;
    }

    /** The status this type is answered with; 0 for {@link #HTTP_ERROR}, which takes the status it is given. */
    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The general type for a bare HTTP status (404 is {@link #NOT_FOUND}: a resource the caller named). */
    public static ProblemType forStatus(int status) {
        if (status == 400) {
            return INVALID_INPUT;
        }
        return Arrays.stream(values()).filter(t -> t.status == status).findFirst()
                .orElse(status >= 500 ? INTERNAL_ERROR : HTTP_ERROR);
    }

    public static Optional<ProblemType> bySlug(String slug) {
        return Arrays.stream(values()).filter(t -> t.slug.equals(slug)).findFirst();
    }
}
