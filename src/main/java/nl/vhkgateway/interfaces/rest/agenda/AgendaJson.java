package nl.vhkgateway.interfaces.rest.agenda;

import nl.vhkgateway.interfaces.rest.problem.Problem;
import nl.vhkgateway.interfaces.rest.problem.ProblemType;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import nl.vhkgateway.application.agenda.PlanningProblem;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.interfaces.rest.support.InvalidInputException;
import nl.vhkgateway.domain.planning.PlannedCase;
import nl.vhkgateway.domain.planning.Term;

import java.util.List;

/**
 * JSON of planned cases: VHT number, meeting, state, follow-up link, invited experts. No card text, no names.
 * Lists use the team's envelope {@code {items, total, limit, offset}}; problems are RFC 9457 problem details.
 * Stateless.
 */
final class AgendaJson {


    private AgendaJson() {
    }

    static JsonObject plannedCase(PlannedCase planned) {
        JsonArrayBuilder experts = Json.createArrayBuilder();
        planned.experts().stream().map(MailAddress::value).forEach(experts::add);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("number", planned.card().number().format())
                .add("meeting", planned.meeting().toString())
                .add("state", planned.state().name())
                .add("receivedOn", planned.card().receivedOn().toString())
                .add("followUp", planned.card().followUpOf().isPresent())
                .add("experts", experts)
                .add("version", planned.version());
        return json.build();
    }

    static JsonObject terms(List<Term> terms) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        terms.forEach(term -> array.add(Json.createObjectBuilder().add("kind", term.kind().name())
                .add("description", term.kind().dutch()).add("due", term.due().toString())));
        return Json.createObjectBuilder().add("terms", array).build();
    }

    static JsonObject page(List<PlannedCase> items, int total, int limit, int offset) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        items.forEach(item -> array.add(plannedCase(item)));
        return Json.createObjectBuilder().add("items", array).add("total", total).add("limit", limit)
                .add("offset", offset).build();
    }

    /** The RFC 9457 problem for a planning problem or invalid input, in the API's one problem family. */
    static Problem problemFor(RuntimeException e) {
        if (e instanceof PlanningProblem planning) {
            return switch (planning.kind()) {
                case NOT_FOUND -> Problem.of(ProblemType.NOT_FOUND, e.getMessage());
                case CONFLICT -> Problem.of(ProblemType.CONFLICT, e.getMessage());
                case INVALID -> Problem.of(ProblemType.INVALID_INPUT, e.getMessage());
            };
        }
        if (e instanceof InvalidInputException) {
            return Problem.of(ProblemType.INVALID_INPUT, e.getMessage());
        }
        throw e;
    }
}
