package nl.vhkgateway.interfaces.rest.agenda;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import nl.vhkgateway.bootstrap.AgendaRuntime;
import nl.vhkgateway.interfaces.rest.problem.Problem;
import nl.vhkgateway.interfaces.rest.problem.ProblemType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/agenda/feed/{token}.ics}: the agenda as iCalendar (RFC 5545, {@code text/calendar}) for calendar
 * programs, which cannot log in: the secret token in the URL is the credential (web.xml leaves this path open).
 * A malformed, unknown or revoked token answers the same 404 problem. No card text, names or addresses in it.
 */
@Tag(name = "Agenda-feed", description = "De agenda als iCalendar-feed (zonder inlog, met geheime URL)")
@Path("agenda/feed")
@RequestScoped
@PermitAll
public class CalendarFeedDownloadResource {

    static final String TEXT_CALENDAR = "text/calendar; charset=utf-8";

    @Inject
    AgendaRuntime agenda;

    @Operation(operationId = "agendaFeed", summary = "De agenda als iCalendar-feed (geheime URL, geen inlog)")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING))})
    @GET
    @Path("{token}.ics")
    public Response feed(@PathParam("token") String token) {
        return agenda.feeds().feed(token)
                .map(ics -> Response.ok(ics, TEXT_CALENDAR).build())   // no-store etc.: SecurityHeadersFilter
                .orElseGet(() -> {
                    Problem problem = Problem.of(ProblemType.NOT_FOUND,
                            "Deze agenda-feed bestaat niet of is ingetrokken.");
                    return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                            .entity(problem.toJson().toString()).build();
                });
    }
}
