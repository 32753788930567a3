package nl.vhkgateway.interfaces.rest.screening;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vhkgateway.application.screening.CardScreeningService;
import nl.vhkgateway.domain.screening.Category;
import nl.vhkgateway.domain.screening.ScreeningReport;
import nl.vhkgateway.interfaces.json.ScreeningJson;
import nl.vhkgateway.interfaces.rest.problem.Problem;
import nl.vhkgateway.interfaces.rest.problem.ProblemException;
import nl.vhkgateway.interfaces.rest.problem.ProblemType;

/**
 * {@code POST /api/screen}: screens one .docx and answers with the same JSON as {@code vhk-screen.jar --json}
 * ({@link ScreeningJson}; "sanitised" is always null: nothing is stored or returned but the verdict).
 * <ul>
 *   <li>raw body (any content type but multipart, e.g. {@code application/octet-stream} or the .docx type); the
 *   file name, used for the extension check and echoed as "file", from {@code ?filename=} or a
 *   {@code Content-Disposition: attachment; filename=...} header, else "";</li>
 *   <li>or {@code multipart/form-data} with the file in the field {@code file}.</li>
 * </ul>
 * HTTP 200 with the verdict for every file that could be screened (ACCEPT, REJECT or INVALID); problems: 413
 * (payload-too-large, with the INVALID verdict as member {@code screening}) when the body exceeds the size limit,
 * 400 when a multipart request has no {@code file} field. The upload is read
 * into memory (bounded), screened and dropped; nothing is stored or logged. Access: like all of {@code /api} but the
 * health check, a logged-in vaste deelnemer or beheerder (web.xml). Thread-safe.
 */
@Tag(name = "Screenen", description = "Eén kaart screenen zonder iets te bewaren")
@SecurityRequirement(name = "basic")
@Path("screen")
@ApplicationScoped
public class ScreenResource {

    private static final Pattern FILENAME = Pattern.compile("filename\\s*=\\s*\"?([^\";]+)\"?",
            Pattern.CASE_INSENSITIVE);

    private CardScreeningService screening;

    /** For CDI. */
    protected ScreenResource() {
    }

    @Inject
    public ScreenResource(CardScreeningService screening) {
        this.screening = screening;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "screenScreenUpload", summary = "Een .docx screenen (multipart, veld file)")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "ScreeningResult"))})
    public Response screenUpload(@FormParam("file") EntityPart file) throws IOException {
        if (file == null) {
            throw new ProblemException(ProblemType.INVALID_INPUT, "Stuur de kaart in het formulierveld 'file'.");
        }
        String name = file.getFileName().orElse("");
        try (InputStream content = file.getContent()) {
            return screen(name, content);
        }
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "screenScreenBody", summary = "Een .docx screenen (de inhoud van het verzoek)")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "ScreeningResult"))})
    public Response screenBody(InputStream body, @QueryParam("filename") String fileName,
                               @HeaderParam("Content-Disposition") String disposition) throws IOException {
        String name = Optional.ofNullable(fileName).filter(n -> !n.isBlank())
                .or(() -> Optional.ofNullable(disposition).map(FILENAME::matcher).filter(Matcher::find)
                        .map(m -> m.group(1).strip()))
                .orElse("");
        try (InputStream content = body) {
            return screen(name, content);
        }
    }

    private Response screen(String name, InputStream content) throws IOException {
        long limit = screening.limits().maxInputBytes();
        byte[] bytes = content.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
        if (bytes.length > limit) {
            ScreeningReport tooLarge = CardScreeningService.invalidReport(Category.TOO_LARGE, "Het bestand is groter"
                    + " dan " + screening.limits().maxInputMegabytes() + " MB; een Veiligheidskaart is veel kleiner.",
                    "size-limit");
            throw new ProblemException(Problem.of(ProblemType.PAYLOAD_TOO_LARGE, "Het bestand is groter dan "
                    + screening.limits().maxInputMegabytes() + " MB; een Veiligheidskaart is veel kleiner.")
                    .with("screening", ScreeningJson.card(name, tooLarge, Optional.empty())));
        }
        ScreeningReport report = screening.screen(name, bytes);
        return json(Response.Status.OK, ScreeningJson.card(name, report, Optional.empty()));
    }

    private static Response json(Response.Status status, JsonObject object) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(ScreeningJson.line(object)).build();
    }
}
