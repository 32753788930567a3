package nl.vhkgateway.interfaces.rest.quarantine;

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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import nl.vhkgateway.application.intake.quarantine.QuarantineAdministration;
import nl.vhkgateway.application.intake.quarantine.QuarantineEntry;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.bootstrap.IntakeRuntime;
import nl.vhkgateway.application.security.Roles;
import nl.vhkgateway.interfaces.rest.problem.ProblemException;
import nl.vhkgateway.interfaces.rest.support.PageRequest;

import java.util.NoSuchElementException;

/**
 * The beheerder's quarantine (role {@value Roles#BEHEERDER}): mail from unknown senders, machine-made messages and
 * cards the screener could not handle.
 * <ul>
 *   <li>{@code GET /api/quarantine?limit=50&offset=0}: what is held now, most recent first, as
 *       {@code {items, total, limit, offset}};</li>
 *   <li>{@code GET /api/quarantine/{id}}: one (also after release or deletion) with its history;</li>
 *   <li>{@code POST /api/quarantine/{id}/release}: the whole intake runs again (e.g. after registering the sender);</li>
 *   <li>{@code DELETE /api/quarantine/{id}}: removes the content; metadata, history and audit stay.</li>
 * </ul>
 * Metadata only, never the subject, text or attachments. Releases and deletions are audited with the beheerder's
 * login. Problems: 404 for an unknown id, 409 when the submission is not (or no longer) in quarantine.
 */
@Tag(name = "Quarantaine", description = "Vastgehouden inzendingen (beheerder)")
@SecurityRequirement(name = "basic")
@Path("quarantine")
@RequestScoped
@RolesAllowed(Roles.BEHEERDER)
@Produces(MediaType.APPLICATION_JSON)
public class QuarantineResource {

    @Inject
    IntakeRuntime intake;

    @Context
    SecurityContext security;

    @GET
    @Operation(operationId = "quarantineList", summary = "Wat nu in quarantaine staat, nieuwste eerst")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "QuarantinePage"))})
    public JsonObject list(@QueryParam("limit") String limit, @QueryParam("offset") String offset) {
        PageRequest page = PageRequest.from(limit, offset);
        JsonArrayBuilder items = Json.createArrayBuilder();
        quarantine().list(page.limit(), page.offset()).forEach(entry -> items.add(QuarantineJson.summary(entry)));
        return page.envelope(items.build(), quarantine().count());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "quarantineGet", summary = "Eén inzending die in quarantaine staat of stond, met geschiedenis")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "QuarantineItem"))})
    public JsonObject get(@PathParam("id") String id) {
        return QuarantineJson.detail(quarantine().find(submissionId(id)).orElseThrow(() -> notFound(id)));
    }

    @POST
    @Path("{id}/release")
    @Operation(operationId = "quarantineRelease", summary = "Vrijgeven: de inzending wordt opnieuw verwerkt")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "QuarantineItem"))})
    public JsonObject release(@PathParam("id") String id) {
        SubmissionId submissionId = submissionId(id);
        try {
            quarantine().release(submissionId, beheerder());
            intake.wakeUp();
            return QuarantineJson.summary(found(submissionId, id));
        } catch (NoSuchElementException e) {
            throw notFound(id);
        } catch (IllegalStateException e) {
            throw conflict(submissionId, "staat niet (meer) in quarantaine of de inhoud is al verwijderd");
        }
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "quarantineDelete", summary = "De inhoud verwijderen; metagegevens en audit blijven")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "QuarantineItem"))})
    public JsonObject delete(@PathParam("id") String id) {
        SubmissionId submissionId = submissionId(id);
        try {
            quarantine().delete(submissionId, beheerder());
            return QuarantineJson.summary(found(submissionId, id));
        } catch (NoSuchElementException e) {
            throw notFound(id);
        } catch (IllegalStateException e) {
            throw conflict(submissionId, "staat niet in quarantaine");
        }
    }

    private QuarantineEntry found(SubmissionId submissionId, String id) {
        return quarantine().find(submissionId).orElseThrow(() -> notFound(id));
    }

    private QuarantineAdministration quarantine() {
        return intake.quarantine();
    }

    private String beheerder() {
        return security.getUserPrincipal() == null ? "unknown" : security.getUserPrincipal().getName();
    }

    private static SubmissionId submissionId(String id) {
        if (id == null || !id.matches("[1-9][0-9]{0,17}")) {
            throw notFound(id);
        }
        return new SubmissionId(Long.parseLong(id));
    }

    private static ProblemException notFound(String id) {
        String shown = id != null && id.matches("[0-9]{1,18}") ? id : "met dit nummer";
        return ProblemException.notFound("Inzending " + shown + " staat niet in quarantaine en heeft er niet in"
                + " gestaan.");
    }

    private static ProblemException conflict(SubmissionId id, String why) {
        return ProblemException.conflict("Inzending " + id.value() + " " + why + ".");
    }
}
