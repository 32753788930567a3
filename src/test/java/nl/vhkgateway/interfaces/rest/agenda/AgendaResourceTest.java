package nl.vhkgateway.interfaces.rest.agenda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.vhkgateway.application.agenda.PlanningProblem;
import nl.vhkgateway.domain.mail.MailAddress;
import nl.vhkgateway.domain.planning.AcceptedCard;
import nl.vhkgateway.domain.planning.PlannedCase;
import nl.vhkgateway.domain.planning.PlanningState;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionNumber;
import nl.vhkgateway.interfaces.rest.support.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The JSON of planned cases and the mapping of planning problems to problem+json (no container needed). */
class AgendaResourceTest {

    private static final PlannedCase CASE = new PlannedCase(new AcceptedCard(new SubmissionId(7),
            new SubmissionNumber(2026, 42), Optional.of(1L), Optional.of(2L), Optional.of(new SubmissionId(3)),
            LocalDate.of(2026, 11, 23)), LocalDate.of(2026, 12, 1), PlanningState.PROPOSED,
            List.of(MailAddress.of("jeugdarts@ggd.example")), 0);

    @Test
    void aPlannedCaseShowsNumberMeetingStateAndExpertsOnly() {
        JsonObject json = AgendaJson.plannedCase(CASE);
        assertEquals("VHT-2026-0042", json.getString("number"));
        assertEquals("2026-12-01", json.getString("meeting"));
        assertEquals("PROPOSED", json.getString("state"));
        assertEquals(true, json.getBoolean("followUp"));
        assertEquals("jeugdarts@ggd.example", json.getJsonArray("experts").getString(0));
        assertFalse(json.containsKey("participantId"), "internal ids stay inside");
    }

    @Test
    void termsShowKindDutchDescriptionAndDueDate() {
        JsonObject json = AgendaJson.terms(List.of(new nl.vhkgateway.domain.planning.Term(
                nl.vhkgateway.domain.planning.TermKind.PARENTS_REACTION, LocalDate.of(2026, 12, 22))));
        JsonObject term = json.getJsonArray("terms").getJsonObject(0);
        assertEquals("PARENTS_REACTION", term.getString("kind"));
        assertEquals("2026-12-22", term.getString("due"));
        assertEquals("Reactietermijn ouders en jeugdige (5 werkdagen)", term.getString("description"));
    }

    @Test
    void listsUseTheTeamsEnvelope() {
        JsonObject page = AgendaJson.page(List.of(CASE), 9, 1, 4);
        assertEquals(1, page.getJsonArray("items").size());
        assertEquals(9, page.getInt("total"));
        assertEquals(1, page.getInt("limit"));
        assertEquals(4, page.getInt("offset"));
    }

    @Test
    void problemsBecomeProblemJsonWithTheRightStatus() {
        JsonObject notFound = AgendaJson.problemFor(
                new PlanningProblem(PlanningProblem.Kind.NOT_FOUND, "VHT-2026-0099 is niet ingepland")).toJson();
        assertEquals(404, notFound.getInt("status"));
        assertEquals("VHT-2026-0099 is niet ingepland", notFound.getString("detail"));
        assertEquals("urn:vhk-gateway:problem:not-found", notFound.getString("type"));
        assertEquals(409, AgendaJson.problemFor(new PlanningProblem(PlanningProblem.Kind.CONFLICT, "vol"))
                .status());
        assertEquals(400, AgendaJson.problemFor(new PlanningProblem(PlanningProblem.Kind.INVALID, "x"))
                .status());
        JsonObject invalid = AgendaJson.problemFor(new InvalidInputException("het veld meeting ontbreekt")).toJson();
        assertEquals(400, invalid.getInt("status"));
        assertEquals("urn:vhk-gateway:problem:invalid-input", invalid.getString("type"));
        assertThrows(IllegalStateException.class, () -> AgendaJson.problemFor(new IllegalStateException("bug")));
    }
}
