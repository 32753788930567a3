package nl.vhkgateway.interfaces.http;

import nl.vhkgateway.interfaces.rest.problem.Problem;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error body the gateway writes outside the JAX-RS mappers (the login mechanism, the cross-site filter): an
 * RFC 9457 {@code application/problem+json} with the registered type for the status, the same shape as the API's
 * own errors ({@link nl.vhkgateway.interfaces.rest.problem.Problem}). It never carries exception texts,
 * SQL, class names or the server's name. Stateless.
 */
public final class ErrorBodies {

    private ErrorBodies() {
    }

    /** A short Dutch sentence for an HTTP status (no internals). */
    public static String sentence(int status) {
        return switch (status) {
            case 400 -> "Het verzoek is niet te lezen; controleer het adres, de parameters en de inhoud.";
            case 401 -> "U bent niet aangemeld: meld u aan met uw gebruikersnaam en wachtwoord.";
            case 403 -> "U heeft geen toegang tot dit onderdeel.";
            case 404 -> "Dit bestaat niet, of u mag het niet zien.";
            case 405 -> "Deze bewerking kan hier niet.";
            case 406 -> "Het gevraagde antwoordformaat is niet beschikbaar; vraag om application/json.";
            case 413 -> "Het verzoek is te groot.";
            case 415 -> "Dit soort inhoud wordt hier niet aangenomen; stuur application/json.";
            case 429 -> "Te veel mislukte aanmeldpogingen: wacht even en probeer het dan opnieuw.";
            default -> status >= 500 ? "Er ging aan onze kant iets mis. Probeer het later opnieuw; blijft het"
                    + " misgaan, neem dan contact op met de beheerder." : "Het verzoek kan niet worden uitgevoerd.";
        };
    }

    public static String json(int status, String dutchSentence) {
        return Problem.ofStatus(status, dutchSentence).toJson().toString();
    }

    /** Writes status and body (the response must not be committed yet). */
    public static void write(HttpServletResponse response, int status, String dutchSentence) throws IOException {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        SecurityHeadersFilter.apply(false, response); // also when written before the filters ran (the login)
        byte[] body = json(status, dutchSentence).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
