package nl.vhkgateway.interfaces.rest.register;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.vhkgateway.application.participant.OrganisationInput;
import nl.vhkgateway.application.participant.ParticipantInput;
import nl.vhkgateway.application.participant.RegisterValidationException;
import nl.vhkgateway.application.participant.Violation;
import nl.vhkgateway.domain.participant.Organisation;
import nl.vhkgateway.domain.participant.Participant;
import nl.vhkgateway.domain.participant.PemCertificate;

/**
 * JSON (JSON-P) of the register's REST API: organisations and participants out, their inputs in. Field names are
 * English, messages Dutch. A participant's JSON never carries the API password hash, only whether one is set.
 * Stateless and thread-safe.
 */
final class RegisterJson {

    static final Set<String> ORGANISATION_FIELDS = Set.of("type", "name", "municipality", "receivingMailbox",
            "active");
    static final Set<String> PARTICIPANT_FIELDS = Set.of("name", "mailAddress", "organisationId", "active");

    private RegisterJson() {
    }

    static JsonObject organisation(Organisation organisation) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", organisation.id().value())
                .add("type", organisation.type().name())
                .add("typeName", organisation.type().dutchName())
                .add("name", organisation.name());
        organisation.municipality().ifPresentOrElse(m -> json.add("municipality", m),
                () -> json.addNull("municipality"));
        json.add("receivingMailbox", organisation.receivingMailbox().value());
        organisation.partnerCertificate().ifPresentOrElse(c -> json.add("partnerCertificate", certificate(c)),
                () -> json.addNull("partnerCertificate"));
        return json.add("active", organisation.active()).build();
    }

    static JsonObject participant(Participant participant) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("id", participant.id().value())
                .add("name", participant.name())
                .add("mailAddress", participant.mailAddress().value())
                .add("organisation", Json.createObjectBuilder()
                        .add("id", participant.organisation().id().value())
                        .add("type", participant.organisation().type().name())
                        .add("name", participant.organisation().name())
                        .add("active", participant.organisation().active()));
        participant.signingCertificate().ifPresentOrElse(c -> json.add("signingCertificate", certificate(c)),
                () -> json.addNull("signingCertificate"));
        return json.add("active", participant.active())
                .add("maySubmit", participant.maySubmit())
                .add("apiPassword", participant.hasApiPassword())
                .build();
    }

    static JsonArray organisations(List<Organisation> organisations) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        organisations.forEach(o -> array.add(organisation(o)));
        return array.build();
    }

    static JsonArray participants(List<Participant> participants) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        participants.forEach(p -> array.add(participant(p)));
        return array.build();
    }

    static JsonObject certificate(PemCertificate certificate) {
        JsonArrayBuilder addresses = Json.createArrayBuilder();
        certificate.mailAddresses().forEach(addresses::add);
        return Json.createObjectBuilder()
                .add("subject", certificate.subject())
                .add("issuer", certificate.issuer())
                .add("sha256", certificate.sha256Fingerprint())
                .add("notBefore", certificate.notBefore().toString())
                .add("notAfter", certificate.notAfter().toString())
                .add("mailAddresses", addresses)
                .build();
    }

    static OrganisationInput organisationInput(String body) {
        JsonObject json = object(body, ORGANISATION_FIELDS);
        List<Violation> violations = new ArrayList<>();
        OrganisationInput input = new OrganisationInput(text(json, "type", violations), text(json, "name", violations),
                text(json, "municipality", violations), text(json, "receivingMailbox", violations),
                bool(json, "active", violations));
        failIfAny(violations);
        return input;
    }

    static ParticipantInput participantInput(String body) {
        JsonObject json = object(body, PARTICIPANT_FIELDS);
        List<Violation> violations = new ArrayList<>();
        ParticipantInput input = new ParticipantInput(text(json, "name", violations),
                text(json, "mailAddress", violations), number(json, "organisationId", violations),
                bool(json, "active", violations));
        failIfAny(violations);
        return input;
    }

    /** The "password" of a {"password": "..."} body. */
    static char[] password(String body) {
        JsonObject json = object(body, Set.of("password"));
        List<Violation> violations = new ArrayList<>();
        String password = text(json, "password", violations);
        failIfAny(violations);
        return password == null ? new char[0] : password.toCharArray();
    }

    private static JsonObject object(String body, Set<String> knownFields) {
        if (body == null || body.isBlank()) {
            throw new RegisterValidationException("body", "Stuur de gegevens als JSON-object in de inhoud van het verzoek.");
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new StringReader(body))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            throw new MalformedJsonException("De inhoud is geen geldige JSON (regel "
                    + e.getLocation().getLineNumber() + ", teken " + e.getLocation().getColumnNumber() + ").");
        } catch (JsonException e) {
            throw new MalformedJsonException("De inhoud is geen geldige JSON.");
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new RegisterValidationException("body", "Stuur de gegevens als JSON-object: { ... }.");
        }
        JsonObject json = value.asJsonObject();
        List<Violation> unknown = json.keySet().stream().filter(k -> !knownFields.contains(k)).sorted()
                .map(k -> new Violation(k, "Onbekend veld '" + k + "'. Bekende velden: "
                        + String.join(", ", knownFields.stream().sorted().toList()) + "."))
                .toList();
        failIfAny(unknown);
        return json;
    }

    private static String text(JsonObject json, String field, List<Violation> violations) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            violations.add(new Violation(field, "'" + field + "' moet tekst zijn (tussen aanhalingstekens)."));
            return null;
        }
        return json.getString(field);
    }

    private static Long number(JsonObject json, String field, List<Violation> violations) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.longValueExact();
            } catch (ArithmeticException e) {
                // falls through to the violation
            }
        }
        violations.add(new Violation(field, "'" + field + "' moet een geheel getal zijn."));
        return null;
    }

    private static Boolean bool(JsonObject json, String field, List<Violation> violations) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.TRUE) {
            return Boolean.TRUE;
        }
        if (value.getValueType() == JsonValue.ValueType.FALSE) {
            return Boolean.FALSE;
        }
        violations.add(new Violation(field, "'" + field + "' moet true of false zijn."));
        return null;
    }

    private static void failIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RegisterValidationException(violations);
        }
    }
}
