package nl.vhkgateway.interfaces.rest.consent;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import nl.vhkgateway.application.consent.ConsentRegistration;
import nl.vhkgateway.domain.consent.AgeGroup;
import nl.vhkgateway.domain.consent.CaseReference;
import nl.vhkgateway.domain.consent.ConsentData;
import nl.vhkgateway.domain.consent.ConsentRecord;
import nl.vhkgateway.domain.consent.ConsentStatus;
import nl.vhkgateway.domain.consent.Consenter;
import nl.vhkgateway.domain.consent.ConsenterRole;
import nl.vhkgateway.domain.consent.Purpose;
import nl.vhkgateway.domain.handover.PermittedRoute;
import nl.vhkgateway.domain.participant.OrganisationType;
import nl.vhkgateway.interfaces.rest.support.DutchMoments;
import nl.vhkgateway.interfaces.rest.support.InvalidInputException;
import nl.vhkgateway.interfaces.rest.support.JsonInput;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The JSON form of consents in the REST API (field names in English, values and messages in Dutch domain terms).
 * Request example:
 * <pre>{@code
 * {"caseReference": "VHT-2026-0042",
 *  "consenters": [{"role": "OUDER_MET_GEZAG"}, {"role": "JEUGDIGE", "ageGroup": "16+"}],
 *  "youthAgeGroup": "16+",
 *  "recipientOrganisationId": 2,            (or "recipientType": "VEILIG_THUIS")
 *  "purpose": "OVERDRACHT",
 *  "howGiven": "mondeling tijdens huisbezoek",
 *  "givenAt": "2026-03-01",
 *  "validUntil": "2026-06-30"}             (a date: up to and including that day)
 * }</pre>
 * Stateless.
 */
final class ConsentJson {

    private ConsentJson() {
    }

    static ConsentRegistration registration(JsonObject body) {
        CaseReference caseReference = caseReference(JsonInput.requiredString(body, "caseReference"));
        List<Consenter> consenters = consenters(JsonInput.requiredArray(body, "consenters"));
        AgeGroup youthAgeGroup = ageGroup(JsonInput.requiredString(body, "youthAgeGroup"), "youthAgeGroup");
        Optional<OrganisationType> recipientType = JsonInput.optionalString(body, "recipientType")
                .map(t -> constant(OrganisationType.class, t, "recipientType"));
        Purpose purpose = constant(Purpose.class, JsonInput.requiredString(body, "purpose"), "purpose");
        String howGiven = JsonInput.requiredString(body, "howGiven");
        if (howGiven.strip().length() > 200) {
            throw new InvalidInputException("het veld howGiven is langer dan 200 tekens");
        }
        Instant givenAt = DutchMoments.start(JsonInput.requiredString(body, "givenAt"), "givenAt");
        Optional<Instant> validFrom = JsonInput.optionalString(body, "validFrom")
                .map(t -> DutchMoments.start(t, "validFrom"));
        Instant validUntil = DutchMoments.endInclusive(JsonInput.requiredString(body, "validUntil"), "validUntil");
        return new ConsentRegistration(caseReference, consenters, youthAgeGroup,
                JsonInput.optionalId(body, "senderOrganisationId"),
                JsonInput.optionalId(body, "recipientOrganisationId"), recipientType, purpose, howGiven, givenAt,
                validFrom, validUntil);
    }

    static CaseReference caseReference(String text) {
        return CaseReference.parse(text).orElseThrow(() -> new InvalidInputException("het veld caseReference is"
                + " geen inbrengnummer (VHT-2026-0042) of casuspseudoniem: gebruik hoofdletters, cijfers en"
                + " streepjes, met minstens één cijfer en zonder namen"));
    }

    private static List<Consenter> consenters(JsonArray array) {
        if (array.isEmpty()) {
            throw new InvalidInputException("het veld consenters is leeg: wie heeft toestemming gegeven?");
        }
        List<Consenter> consenters = new ArrayList<>();
        for (JsonValue value : array) {
            if (!(value instanceof JsonObject object)) {
                throw new InvalidInputException("elk element van consenters moet een object zijn met role");
            }
            ConsenterRole role = constant(ConsenterRole.class, JsonInput.requiredString(object, "role"),
                    "consenters.role");
            Optional<AgeGroup> ageGroup = JsonInput.optionalString(object, "ageGroup")
                    .map(t -> ageGroup(t, "consenters.ageGroup"));
            if (role == ConsenterRole.JEUGDIGE && ageGroup.isEmpty()) {
                throw new InvalidInputException("geef bij een jeugdige de leeftijdsgroep op (consenters.ageGroup:"
                        + " 12-15 of 16+)");
            }
            if (role != ConsenterRole.JEUGDIGE && ageGroup.isPresent()) {
                throw new InvalidInputException("alleen bij een jeugdige hoort een leeftijdsgroep");
            }
            consenters.add(new Consenter(role, ageGroup));
        }
        return consenters;
    }

    static AgeGroup ageGroup(String text, String field) {
        return AgeGroup.parse(text).orElseThrow(() -> new InvalidInputException(
                "het veld " + field + " moet 0-11, 12-15 of 16+ zijn"));
    }

    static <E extends Enum<E>> E constant(Class<E> type, String text, String field) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("het veld " + field + " moet een van deze waarden zijn: "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    static JsonObject record(ConsentRecord record, Instant now, Optional<String> policyShortfall) {
        ConsentData data = record.data();
        JsonArrayBuilder consenters = Json.createArrayBuilder();
        for (Consenter consenter : data.consenters()) {
            JsonObjectBuilder c = Json.createObjectBuilder().add("role", consenter.role().name());
            consenter.ageGroup().ifPresent(g -> c.add("ageGroup", g.code()));
            consenters.add(c);
        }
        JsonObjectBuilder recipient = Json.createObjectBuilder().add("type", data.recipient().type().name());
        data.recipient().organisationId().ifPresentOrElse(id -> recipient.add("organisationId", id),
                () -> recipient.addNull("organisationId"));
        ConsentStatus status = record.statusAt(now);
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", record.id().value())
                .add("caseReference", data.caseReference().value())
                .add("consenters", consenters)
                .add("youthAgeGroup", data.youthAgeGroup().code())
                .add("sender", Json.createObjectBuilder()
                        .add("organisationId", data.sender().id())
                        .add("type", data.sender().type().name()))
                .add("recipient", recipient)
                .add("purpose", data.purpose().name())
                .add("howGiven", data.howGiven())
                .add("givenAt", DutchMoments.format(data.givenAt()))
                .add("validFrom", DutchMoments.format(data.validFrom()))
                .add("validUntil", DutchMoments.format(data.validUntil()))
                .add("recordedBy", data.recordedBy())
                .add("recordedAt", DutchMoments.format(data.recordedAt()))
                .add("status", status.name())
                .add("statusLabel", status.label())
                .add("policyMet", policyShortfall.isEmpty());
        policyShortfall.ifPresent(s -> json.add("policyShortfall", s));
        record.withdrawal().ifPresentOrElse(w -> json.add("withdrawal", Json.createObjectBuilder()
                .add("withdrawnAt", DutchMoments.format(w.withdrawnAt()))
                .add("withdrawnBy", w.withdrawnBy().name())
                .add("how", w.how())
                .add("recordedBy", w.recordedBy())
                .add("recordedAt", DutchMoments.format(w.recordedAt()))), () -> json.addNull("withdrawal"));
        return json.build();
    }

    static JsonArray routes(List<PermittedRoute> routes) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        routes.forEach(r -> array.add(Json.createObjectBuilder()
                .add("from", r.from().name())
                .add("to", r.to().name())
                .add("purpose", r.purpose().name())
                .add("onlyAfterVhtSubmission", r.requiresVhtSubmission())
                .add("description", r.direction() + " voor " + r.purpose().label())
                .add("basis", r.basis())));
        return array.build();
    }
}
