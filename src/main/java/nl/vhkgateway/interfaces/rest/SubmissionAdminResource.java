package nl.vhkgateway.interfaces.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

import nl.vhkgateway.application.mailflow.SubmissionAdministration;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionState;
import nl.vhkgateway.bootstrap.IntakeRuntime;
import nl.vhkgateway.application.security.Roles;

/**
 * The beheerder's view of received submissions (role {@value Roles#BEHEERDER}):
 * <ul>
 *   <li>{@code GET /api/submissions?state=ERROR&limit=50}: submissions in a state, most recent first (default: the
 *       ones in ERROR, which wait for the beheerder);</li>
 *   <li>{@code GET /api/submissions/{id}}: one submission with its history and outgoing messages;</li>
 *   <li>{@code POST /api/submissions/{id}/reprocess}: puts a submission in ERROR back into processing.</li>
 * </ul>
 * Metadata only (ids, states, sizes, hashes, technical errors), never message content.
 */
@Path("submissions")
@RequestScoped
@RolesAllowed(Roles.BEHEERDER)
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionAdminResource {

    private static final int MAX_LIMIT = 500;

    @Inject
    IntakeRuntime intake;

    @GET
    public Response list(@QueryParam("state") @DefaultValue("ERROR") String state,
                         @QueryParam("limit") @DefaultValue("50") int limit) {
        Optional<SubmissionState> parsed = parseState(state);
        if (parsed.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(SubmissionJson.problem("Onbekende status: " + state)).build();
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(SubmissionJson.problem("limit moet tussen 1 en " + MAX_LIMIT + " liggen")).build();
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        administration().inState(parsed.get(), limit).forEach(s -> array.add(SubmissionJson.summary(s)));
        JsonArray submissions = array.build();
        return Response.ok(submissions).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id) {
        Optional<SubmissionId> submissionId = submissionId(id);
        Optional<Submission> submission = submissionId.flatMap(administration()::find);
        if (submission.isEmpty()) {
            return notFound(id);
        }
        return Response.ok(SubmissionJson.detail(submission.get(), administration().history(submissionId.get()),
                administration().outgoing(submissionId.get()))).build();
    }

    @POST
    @Path("{id}/reprocess")
    public Response reprocess(@PathParam("id") long id) {
        Optional<SubmissionId> submissionId = submissionId(id);
        if (submissionId.isEmpty()) {
            return notFound(id);
        }
        try {
            Submission submission = administration().reprocess(submissionId.get());
            intake.wakeUp();
            return Response.ok(SubmissionJson.summary(submission)).build();
        } catch (NoSuchElementException e) {
            return notFound(id);
        } catch (IllegalStateException e) {
            return Response.status(Response.Status.CONFLICT)
                    .entity(SubmissionJson.problem("Inzending " + id + " staat niet in ERROR en kan niet opnieuw "
                            + "worden verwerkt")).build();
        }
    }

    private SubmissionAdministration administration() {
        return intake.administration();
    }

    private static Optional<SubmissionState> parseState(String state) {
        try {
            return Optional.of(SubmissionState.valueOf(state.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<SubmissionId> submissionId(long id) {
        return id > 0 ? Optional.of(new SubmissionId(id)) : Optional.empty();
    }

    private static Response notFound(long id) {
        return Response.status(Response.Status.NOT_FOUND)
                .entity(SubmissionJson.problem("Inzending " + id + " bestaat niet")).build();
    }
}
