package nl.vhkgateway.interfaces.rest.agenda;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import jakarta.ws.rs.core.UriInfo;
import nl.vhkgateway.application.agenda.CalendarFeedService;
import nl.vhkgateway.application.agenda.FeedOwner;
import nl.vhkgateway.application.agenda.PlanningProblem;
import nl.vhkgateway.application.security.Roles;
import nl.vhkgateway.bootstrap.AgendaRuntime;
import nl.vhkgateway.domain.planning.CalendarFeed;
import nl.vhkgateway.interfaces.rest.support.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/**
 * The logged-in user's calendar feeds (docs/agenda.md, "Calendar feed"):
 * <ul>
 *   <li>{@code POST /api/agenda/feeds}: a new feed; the answer (201) holds its secret URL, once;</li>
 *   <li>{@code GET /api/agenda/feeds?limit=50&offset=0}: the user's feeds without their tokens,
 *       {@code {items,total,limit,offset}};</li>
 *   <li>{@code DELETE /api/agenda/feeds/{id}}: revokes one; another user's id answers 404, as an unknown one.</li>
 * </ul>
 * The feed itself is {@link CalendarFeedDownloadResource}.
 */
@Tag(name = "Agenda-feeds", description = "Geheime iCalendar-feeds van de agenda, per gebruiker")
@SecurityRequirement(name = "basic")
@Path("agenda/feeds")
@RequestScoped
@RolesAllowed({Roles.BEHEERDER, Roles.VOORZITTER, Roles.DEELNEMER})
@Produces(MediaType.APPLICATION_JSON)
public class CalendarFeedResource {

    static final int MAX_LIMIT = 200;

    @Inject
    AgendaRuntime agenda;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @Operation(operationId = "agendaFeedCreate", summary = "Een geheime agenda-feed (iCalendar) maken; de URL staat alleen in dit antwoord")
    @APIResponse(responseCode = "201", description = "Gemaakt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "CalendarFeedCreated"))})
    @POST
    public Response create() {
        CalendarFeedService.CreatedFeed created = feeds().create(owner());
        URI url = uri.getBaseUriBuilder().path("agenda/feed/" + created.token() + ".ics").build();
        JsonObject body = feed(created.feed()).add("url", url.toString()).build();
        return Response.created(uri.getAbsolutePathBuilder().path(created.feed().id()).build()).entity(body).build();
    }

    @Operation(operationId = "agendaFeedList", summary = "Uw agenda-feeds (zonder geheime URL)")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "CalendarFeedPage"))})
    @GET
    public Response list(@QueryParam("limit") @DefaultValue("50") int limit,
                         @QueryParam("offset") @DefaultValue("0") int offset) {
        return AgendaResource.handle(() -> {
            if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
                throw new InvalidInputException("limit moet tussen 1 en " + MAX_LIMIT + " liggen en offset minstens 0 zijn");
            }
            FeedOwner owner = owner();
            List<CalendarFeed> items = feeds().list(owner, limit, offset);
            JsonArrayBuilder array = Json.createArrayBuilder();
            items.forEach(f -> array.add(feed(f)));
            return Response.ok(Json.createObjectBuilder().add("items", array).add("total", feeds().count(owner))
                    .add("limit", limit).add("offset", offset).build()).build();
        });
    }

    @Operation(operationId = "agendaFeedRevoke", summary = "Een agenda-feed intrekken; de URL werkt daarna niet meer")
    @APIResponse(responseCode = "200", description = "Ingetrokken", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "CalendarFeed"))})
    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
        return AgendaResource.handle(() -> feeds().revoke(owner(), id)
                .map(f -> Response.ok(feed(f).build()).build())
                .orElseThrow(() -> new PlanningProblem(PlanningProblem.Kind.NOT_FOUND,
                        "U hebt geen agenda-feed met dit kenmerk.")));
    }

    private CalendarFeedService feeds() {
        return agenda.feeds();
    }

    /** The beheerder's role wins over the voorzitter's, both over the deelnemer's (whose feed is the narrowest). */
    private FeedOwner owner() {
        String login = security.getUserPrincipal().getName();
        String role = security.isUserInRole(Roles.BEHEERDER) ? Roles.BEHEERDER
                : security.isUserInRole(Roles.VOORZITTER) ? Roles.VOORZITTER : Roles.DEELNEMER;
        return new FeedOwner(role, login);
    }

    private static JsonObjectBuilder feed(CalendarFeed feed) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("id", feed.id())
                .add("createdAt", feed.createdAt().toString()).add("active", feed.active());
        feed.revokedAt().ifPresentOrElse(at -> json.add("revokedAt", at.toString()),
                () -> json.addNull("revokedAt"));
        return json;
    }
}
