package nl.vhkgateway.interfaces.rest.submissions;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.Arrays;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Collectors;

import nl.vhkgateway.application.mailflow.SubmissionAdministration;
import nl.vhkgateway.application.intake.overview.SubmissionOverview;
import nl.vhkgateway.application.intake.overview.SubmissionOverview.SubmissionView;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import nl.vhkgateway.domain.submission.SubmissionSearch;
import nl.vhkgateway.domain.submission.SubmissionState;
import nl.vhkgateway.bootstrap.IntakeRuntime;
import nl.vhkgateway.application.security.Roles;
import nl.vhkgateway.interfaces.rest.problem.ProblemException;
import nl.vhkgateway.interfaces.rest.support.PageRequest;

/**
 * The beheerder's view of received submissions (role {@value Roles#BEHEERDER}):
 * <ul>
 *   <li>{@code GET /api/submissions?state=ERROR&number=VHT-2026-0042&limit=50&offset=0}: submissions, most
 *       recently changed first, optionally only one state and/or one submission number; answered as
 *       {@code {items, total, limit, offset}};</li>
 *   <li>{@code GET /api/submissions/{id}}: one submission with its history and outgoing messages;</li>
 *   <li>{@code POST /api/submissions/{id}/reprocess}: puts a submission in ERROR back into processing.</li>
 * </ul>
 * Metadata only (ids, states, verdicts, sizes, hashes, technical errors), never message content. Errors are
 * problems (400 bad parameter, 404 unknown id, 409 not in ERROR).
 */
@Tag(name = "Inzendingen", description = "Ontvangen inzendingen (beheerder)")
@SecurityRequirement(name = "basic")
@Path("submissions")
@RequestScoped
@RolesAllowed(Roles.BEHEERDER)
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionsResource {

    @Inject
    IntakeRuntime intake;

    @GET
    @Operation(operationId = "submissionsList", summary = "Inzendingen, nieuwste wijziging eerst; filter op status en inbrengnummer")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "SubmissionPage"))})
    public JsonObject list(@QueryParam("state") String state, @QueryParam("number") String number,
                           @QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.from(limit, offset);
        SubmissionSearch search = SubmissionSearch.all(page.limit(), page.offset());
        if (state != null && !state.isBlank()) {
            search = search.inState(parseState(state));
        }
        if (number != null && !number.isBlank()) {
            search = search.withNumber(SubmissionNumber.tryParse(number.strip()).orElseThrow(() ->
                    ProblemException.invalidParameter("number is geen inzendingsnummer; gebruik de vorm"
                            + " VHT-2026-0042")));
        }
        SubmissionOverview.Page found = overview().search(search);
        JsonArrayBuilder items = Json.createArrayBuilder();
        found.items().forEach(view -> items.add(SubmissionJson.summary(view)));
        return page.envelope(items.build(), found.total());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "submissionsGet", summary = "Eén inzending met geschiedenis en uitgaande berichten")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "SubmissionDetail"))})
    public JsonObject get(@PathParam("id") String id) {
        SubmissionId submissionId = submissionId(id);
        SubmissionView view = overview().find(submissionId).orElseThrow(() -> notFound(id));
        return SubmissionJson.detail(view, administration().history(submissionId),
                administration().outgoing(submissionId));
    }

    @POST
    @Path("{id}/reprocess")
    @Operation(operationId = "submissionsReprocess", summary = "Een inzending in ERROR opnieuw verwerken")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "Submission"))})
    public JsonObject reprocess(@PathParam("id") String id) {
        SubmissionId submissionId = submissionId(id);
        try {
            Submission submission = administration().reprocess(submissionId);
            intake.wakeUp();
            return SubmissionJson.summary(overview().find(submission.id()).orElseThrow());
        } catch (NoSuchElementException e) {
            throw notFound(id);
        } catch (IllegalStateException e) {
            throw ProblemException.conflict("Inzending " + submissionId.value() + " staat niet in ERROR en kan"
                    + " niet opnieuw worden verwerkt.");
        }
    }

    private SubmissionAdministration administration() {
        return intake.administration();
    }

    private SubmissionOverview overview() {
        return intake.overview();
    }

    private static SubmissionState parseState(String state) {
        try {
            return SubmissionState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidParameter("state is geen bekende status; kies uit "
                    + Arrays.stream(SubmissionState.values()).map(Enum::name).collect(Collectors.joining(", "))
                    + ".");
        }
    }

    /** A positive number names a submission; anything else names none (404). */
    static SubmissionId submissionId(String id) {
        return parseId(id).orElseThrow(() -> notFound(id));
    }

    static Optional<SubmissionId> parseId(String id) {
        if (id == null || !id.matches("[1-9][0-9]{0,17}")) {
            return Optional.empty();
        }
        return Optional.of(new SubmissionId(Long.parseLong(id)));
    }

    private static ProblemException notFound(String id) {
        String shown = id != null && id.matches("[0-9]{1,18}") ? id : "met dit nummer";
        return ProblemException.notFound("Inzending " + shown + " bestaat niet.");
    }
}
