package nl.vhkgateway.interfaces.rest.agenda;

import nl.vhkgateway.interfaces.rest.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
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
import nl.vhkgateway.application.agenda.PlanningProblem;
import nl.vhkgateway.application.agenda.PlanningService;
import nl.vhkgateway.application.security.Roles;
import nl.vhkgateway.bootstrap.AgendaRuntime;
import nl.vhkgateway.domain.planning.PlannedCase;
import nl.vhkgateway.domain.planning.Term;
import nl.vhkgateway.domain.planning.TermKind;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import nl.vhkgateway.interfaces.rest.support.InvalidInputException;
import nl.vhkgateway.interfaces.rest.support.JsonInput;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The voorzitter's planning (docs/agenda.md), role {@value Roles#BEHEERDER} until a voorzitter role exists:
 * <ul>
 *   <li>{@code GET /api/agenda/cases?from=2026-12-01&to=2026-12-31&limit=50&offset=0}: planned cases
 *       ({@code {items,total,limit,offset}}; default from today for 8 weeks);</li>
 *   <li>{@code GET /api/agenda/cases/VHT-2026-0042};</li>
 *   <li>{@code POST .../VHT-2026-0042/accept}; {@code POST .../move} {@code {"meeting":"2026-12-15"}};
 *       {@code POST .../decline} {@code {"reason":"..."}} (mailed to the vaste deelnemer, not stored);
 *       {@code POST .../experts} {@code {"address":"..."}};</li>
 *   <li>{@code POST .../outcome} (the terms follow from it), {@code POST .../terms/{KIND}/done}.</li>
 * </ul>
 * Errors are {@code application/problem+json}: 400 invalid, 404 unknown number, 409 full meeting / already declined
 * / changed in between.
 */
@Tag(name = "Agenda", description = "Planning van de kaarten op de overleggen en de termijnen daarna")
@SecurityRequirement(name = "basic")
@Path("agenda/cases")
@RequestScoped
@RolesAllowed({Roles.BEHEERDER, Roles.VOORZITTER})
@Produces(MediaType.APPLICATION_JSON)
public class AgendaResource {

    static final int MAX_LIMIT = 200;
    static final int DEFAULT_WEEKS = 8;

    @Inject
    AgendaRuntime agenda;

    @Inject
    nl.vhkgateway.application.participant.ParticipantRegistry participants;

    @Context
    SecurityContext security;

    @Operation(operationId = "agendaList", summary = "De agenda: kaarten per overleg")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "PlannedCasePage"))})
    @GET
    public Response list(@QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("limit") @DefaultValue("50") int limit,
                         @QueryParam("offset") @DefaultValue("0") int offset) {
        return handle(() -> {
            if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
                throw new InvalidInputException("limit moet tussen 1 en " + MAX_LIMIT + " liggen en offset minstens 0 zijn");
            }
            LocalDate start = date(Optional.ofNullable(from), "from").orElse(LocalDate.now(
                    nl.vhkgateway.domain.planning.MeetingPlanner.TEAM_ZONE));
            LocalDate end = date(Optional.ofNullable(to), "to").orElse(start.plusWeeks(DEFAULT_WEEKS));
            if (end.isBefore(start)) {
                throw new InvalidInputException("to ligt voor from");
            }
            return Response.ok(AgendaJson.page(planning().list(start, end, limit, offset),
                    planning().count(start, end), limit, offset)).build();
        });
    }

    @Operation(operationId = "agendaGet", summary = "Eén kaart op de agenda")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "PlannedCase"))})
    @GET
    @Path("{number}")
    public Response get(@PathParam("number") String number) {
        return handle(() -> {
            SubmissionNumber parsed = number(number);
            return planning().find(parsed).map(p -> Response.ok(AgendaJson.plannedCase(p)).build())
                    .orElseThrow(() -> new PlanningProblem(PlanningProblem.Kind.NOT_FOUND,
                            parsed.format() + " is niet ingepland"));
        });
    }

    @Operation(operationId = "agendaAccept", summary = "Een voorgestelde kaart agenderen")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "PlannedCase"))})
    @POST
    @Path("{number}/accept")
    public Response accept(@PathParam("number") String number) {
        return handle(() -> ok(planning().accept(number(number), voorzitter())));
    }

    @Operation(operationId = "agendaMove", summary = "Een kaart naar een ander overleg verplaatsen")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "PlannedCase"))})
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "MoveInput")))
    @POST
    @Path("{number}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response move(@PathParam("number") String number, String body) {
        return handle(() -> {
            JsonObject json = JsonInput.object(body);
            LocalDate meeting = date(Optional.of(JsonInput.requiredString(json, "meeting")), "meeting").orElseThrow();
            return ok(planning().move(number(number), meeting, voorzitter()));
        });
    }

    @Operation(operationId = "agendaDecline", summary = "Een kaart niet agenderen, met reden")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "PlannedCase"))})
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "DeclineInput")))
    @POST
    @Path("{number}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decline(@PathParam("number") String number, String body) {
        return handle(() -> ok(planning().decline(number(number),
                JsonInput.requiredString(JsonInput.object(body), "reason"), voorzitter())));
    }

    @Operation(operationId = "agendaAddExpert", summary = "Een expert uitnodigen")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "PlannedCase"))})
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "ExpertInput")))
    @POST
    @Path("{number}/experts")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addExpert(@PathParam("number") String number, String body) {
        return handle(() -> ok(planning().addExpert(number(number),
                JsonInput.requiredString(JsonInput.object(body), "address"), voorzitter())));
    }

    /**
     * Records the outcome of the case's meeting: {@code {"interventionTalkAdvised":true, "talkDate":"2026-12-28",
     * "monitoringDate":"2027-02-09", "otsEndDate":null}}; returns the derived terms.
     */
    @Operation(operationId = "agendaOutcome", summary = "De uitkomst vastleggen; geeft de termijnen")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "TermList"))})
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "OutcomeInput")))
    @POST
    @Path("{number}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.BEHEERDER, Roles.VOORZITTER, Roles.DEELNEMER})
    public Response outcome(@PathParam("number") String number, String body) {
        return handle(() -> {
            mayMinute(number(number));
            JsonObject json = JsonInput.object(body);
            boolean talk = json.containsKey("interventionTalkAdvised")
                    && json.get("interventionTalkAdvised").getValueType() == jakarta.json.JsonValue.ValueType.TRUE;
            List<Term> terms = agenda.terms().recordOutcome(number(number), talk,
                    date(JsonInput.optionalString(json, "talkDate"), "talkDate"),
                    date(JsonInput.optionalString(json, "monitoringDate"), "monitoringDate"),
                    date(JsonInput.optionalString(json, "otsEndDate"), "otsEndDate"));
            return Response.ok(AgendaJson.terms(terms)).build();
        });
    }

    /** Marks a term of the case done (e.g. {@code POST .../VHT-2026-0042/terms/PARENTS_REACTION/done}). */
    @Operation(operationId = "agendaTermDone", summary = "Een termijn als gedaan vastleggen")
    @APIResponse(responseCode = "200", description = "Gelukt", content = {@Content(mediaType = "application/json", schema = @Schema(ref = "TermDone"))})
    @POST
    @Path("{number}/terms/{kind}/done")
    @RolesAllowed({Roles.BEHEERDER, Roles.VOORZITTER, Roles.DEELNEMER})
    public Response termDone(@PathParam("number") String number, @PathParam("kind") String kind) {
        return handle(() -> {
            mayMinute(number(number));
            TermKind parsed;
            try {
                parsed = TermKind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("onbekende termijn; kies uit " + java.util.Arrays.toString(
                        TermKind.values()));
            }
            SubmissionNumber case_ = number(number);
            agenda.terms().markDone(case_, parsed);
            return Response.ok(jakarta.json.Json.createObjectBuilder().add("number", case_.format())
                    .add("kind", parsed.name()).add("done", true).build()).build();
        });
    }

    private PlanningService planning() {
        return agenda.planning();
    }

    /**
     * The voorzitter and the beheerder record any outcome; a vaste deelnemer (who minutes) only for a case of their own
     * organisation. Another organisation's case answers 404, as an unknown number: its existence is not told.
     */
    private void mayMinute(SubmissionNumber number) {
        if (security.isUserInRole(Roles.BEHEERDER) || security.isUserInRole(Roles.VOORZITTER)) {
            return;
        }
        Optional<Long> caseOrganisation = planning().find(number).flatMap(p -> p.card().organisationId());
        Optional<Long> callerOrganisation = Optional.ofNullable(security.getUserPrincipal())
                .flatMap(p -> nl.vhkgateway.domain.mail.MailAddress.parse(p.getName()))
                .flatMap(participants::activeParticipant).map(p -> p.organisation().id().value());
        if (caseOrganisation.isEmpty() || !caseOrganisation.equals(callerOrganisation)) {
            throw new PlanningProblem(PlanningProblem.Kind.NOT_FOUND, "Er is geen kaart " + number.format()
                    + " van uw organisatie op de agenda.");
        }
    }

    private String voorzitter() {
        return security.getUserPrincipal() == null ? "onbekend" : security.getUserPrincipal().getName();
    }

    private static Response ok(PlannedCase planned) {
        return Response.ok(AgendaJson.plannedCase(planned)).build();
    }

    private static SubmissionNumber number(String text) {
        return SubmissionNumber.tryParse(text).orElseThrow(() -> new InvalidInputException(
                "dat is geen VHT-nummer (zoals VHT-2026-0042)"));
    }

    private static Optional<LocalDate> date(Optional<String> text, String field) {
        try {
            return text.map(String::strip).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("het veld " + field + " moet een datum zijn (jjjj-mm-dd)");
        }
    }

    /** Maps the planning's problems to problem+json; anything else goes to the application's mappers. */
    static Response handle(Supplier<Response> work) {
        try {
            return work.get();
        } catch (InvalidInputException | PlanningProblem e) {
            Problem problem = AgendaJson.problemFor(e);
            return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem.toJson().toString())
                    .build();
        }
    }
}
