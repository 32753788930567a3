package nl.vhkgateway.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import nl.vhkgateway.application.intake.quarantine.QuarantineAdministration;
import nl.vhkgateway.application.intake.quarantine.QuarantineEntry;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.bootstrap.IntakeRuntime;

import java.util.NoSuchElementException;
import java.util.Optional;
import nl.vhkgateway.application.security.Roles;

/**
 * The beheerder's quarantine (role {@value Roles#BEHEERDER}): mail from unknown senders, machine-made messages and
 * cards the screener could not handle.
 * <ul>
 *   <li>{@code GET /api/quarantine?limit=50}: what is held now, most recent first;</li>
 *   <li>{@code GET /api/quarantine/{id}}: one (also after release or deletion) with its history;</li>
 *   <li>{@code POST /api/quarantine/{id}/release}: the whole intake runs again (e.g. after registering the sender);</li>
 *   <li>{@code DELETE /api/quarantine/{id}}: removes the content; metadata, history and audit stay.</li>
 * </ul>
 * Metadata only, never the subject, text or attachments. Releases and deletions are audited with the beheerder's
 * login. 404 for an unknown id, 409 when the submission is not (or no longer) in quarantine.
 */
@Path("quarantine")
@RequestScoped
@RolesAllowed(Roles.BEHEERDER)
@Produces(MediaType.APPLICATION_JSON)
public class QuarantineResource {

    private static final int MAX_LIMIT = 500;

    @Inject
    IntakeRuntime intake;

    @Context
    SecurityContext security;

    @GET
    public Response list(@QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(SubmissionJson.problem("limit moet tussen 1 en " + MAX_LIMIT + " liggen")).build();
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        quarantine().list(limit).forEach(entry -> array.add(QuarantineJson.summary(entry)));
        return Response.ok(array.build()).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        Optional<QuarantineEntry> entry = submissionId(id).flatMap(quarantine()::find);
        return entry.map(e -> Response.ok(QuarantineJson.detail(e)).build()).orElseGet(() -> notFound(id));
    }

    @POST
    @Path("{id}/release")
    public Response release(@PathParam("id") long id) {
        Optional<SubmissionId> submissionId = submissionId(id);
        if (submissionId.isEmpty()) {
            return notFound(id);
        }
        try {
            quarantine().release(submissionId.get(), beheerder());
            intake.wakeUp();
            return Response.ok(QuarantineJson.summary(quarantine().find(submissionId.get()).orElseThrow())).build();
        } catch (NoSuchElementException e) {
            return notFound(id);
        } catch (IllegalStateException e) {
            return conflict(id, "staat niet (meer) in quarantaine of de inhoud is al verwijderd");
        }
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        Optional<SubmissionId> submissionId = submissionId(id);
        if (submissionId.isEmpty()) {
            return notFound(id);
        }
        try {
            quarantine().delete(submissionId.get(), beheerder());
            return Response.ok(QuarantineJson.summary(quarantine().find(submissionId.get()).orElseThrow())).build();
        } catch (NoSuchElementException e) {
            return notFound(id);
        } catch (IllegalStateException e) {
            return conflict(id, "staat niet in quarantaine");
        }
    }

    private QuarantineAdministration quarantine() {
        return intake.quarantine();
    }

    private String beheerder() {
        return security.getUserPrincipal() == null ? "unknown" : security.getUserPrincipal().getName();
    }

    private static Optional<SubmissionId> submissionId(long id) {
        return id > 0 ? Optional.of(new SubmissionId(id)) : Optional.empty();
    }

    private static Response notFound(long id) {
        return Response.status(Response.Status.NOT_FOUND)
                .entity(SubmissionJson.problem("Inzending " + id + " staat niet in quarantaine en heeft er niet in gestaan"))
                .build();
    }

    private static Response conflict(long id, String why) {
        return Response.status(Response.Status.CONFLICT)
                .entity(SubmissionJson.problem("Inzending " + id + " " + why)).build();
    }
}
