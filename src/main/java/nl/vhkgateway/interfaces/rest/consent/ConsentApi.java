package nl.vhkgateway.interfaces.rest.consent;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import nl.vhkgateway.application.consent.Caller;
import nl.vhkgateway.application.consent.ConsentAccessDeniedException;
import nl.vhkgateway.application.consent.ConsentRequestException;
import nl.vhkgateway.application.consent.ConsentService;
import nl.vhkgateway.application.consent.ParticipantDirectoryUnavailableException;
import nl.vhkgateway.domain.consent.ConsentAlreadyWithdrawnException;
import nl.vhkgateway.domain.consent.ConsentId;
import nl.vhkgateway.domain.consent.ConsentNotFoundException;
import nl.vhkgateway.domain.consent.ConsentRecord;
import nl.vhkgateway.domain.consent.ConsenterRole;
import nl.vhkgateway.domain.handover.PermittedHandoverSpecification;
import nl.vhkgateway.interfaces.rest.support.DutchMoments;
import nl.vhkgateway.interfaces.rest.support.InvalidInputException;
import nl.vhkgateway.interfaces.rest.support.JsonInput;
import nl.vhkgateway.interfaces.rest.support.JsonResult;
import nl.vhkgateway.interfaces.rest.support.PageRequest;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The consent API behind {@code /api/consents}, free of JAX-RS so that it can be tested as is: record
 * (POST, 201), look up by case (GET {@code ?case=}), read one (GET {@code /{id}}), withdraw
 * (POST {@code /{id}/withdrawal}) and the table of permitted directions (GET {@code /directions}). Roles
 * "deelnemer" (own organisation only) and "beheerder"; answers 400, 403, 404 or 409 with a Dutch sentence.
 * Thread-safe.
 */
public final class ConsentApi {

    private final ConsentService service;
    private final PermittedHandoverSpecification directions;
    private final Clock clock;

    public ConsentApi(ConsentService service, PermittedHandoverSpecification directions, Clock clock) {
        this.service = Objects.requireNonNull(service, "service");
        this.directions = Objects.requireNonNull(directions, "directions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public JsonResult record(Caller caller, String body) {
        return handle(caller, () -> {
            ConsentRecord record = service.record(caller, ConsentJson.registration(JsonInput.object(body)));
            return JsonResult.created(json(record), "consents/" + record.id());
        });
    }

    public JsonResult lookup(Caller caller, String caseReference) {
        return lookup(caller, caseReference, new PageRequest(PageRequest.MAX_LIMIT, 0));
    }

    /** The consents of one case the caller may see: {@code {items, total, limit, offset}}. */
    public JsonResult lookup(Caller caller, String caseReference, PageRequest page) {
        return handle(caller, () -> {
            if (caseReference == null || caseReference.isBlank()) {
                throw new InvalidInputException("geef de casus op: /api/consents?case=VHT-2026-0042");
            }
            List<ConsentRecord> records = service.lookup(caller, ConsentJson.caseReference(caseReference));
            JsonArrayBuilder array = Json.createArrayBuilder();
            page.slice(records).forEach(r -> array.add(json(r)));
            return JsonResult.ok(page.envelope(array.build(), records.size()));
        });
    }

    public JsonResult get(Caller caller, String id) {
        return handle(caller, () -> {
            ConsentId consentId = consentId(id);
            try {
                return JsonResult.ok(json(service.get(caller, consentId)));
            } catch (ConsentAccessDeniedException e) {
                throw hidden(consentId); // the same answer as for a number that does not exist
            }
        });
    }

    /** Another organisation's consent is "not found", so that 403 versus 404 does not tell which numbers exist. */
    private static NotFound hidden(ConsentId id) {
        return new NotFound("toestemming " + id + " bestaat niet");
    }

    public JsonResult withdraw(Caller caller, String id, String body) {
        return handle(caller, () -> {
            ConsentId consentId = consentId(id);
            JsonObject object = JsonInput.object(body);
            ConsenterRole withdrawnBy = ConsentJson.constant(ConsenterRole.class,
                    JsonInput.requiredString(object, "withdrawnBy"), "withdrawnBy");
            String how = JsonInput.requiredString(object, "how");
            if (how.strip().length() > 200) {
                throw new InvalidInputException("het veld how is langer dan 200 tekens");
            }
            Optional<Instant> at = JsonInput.optionalString(object, "withdrawnAt")
                    .map(t -> DutchMoments.start(t, "withdrawnAt"));
            try {
                return JsonResult.ok(json(service.withdraw(caller, consentId, withdrawnBy, how, at)));
            } catch (ConsentAccessDeniedException e) {
                throw hidden(consentId);
            }
        });
    }

    public JsonResult directions(Caller caller) {
        return directions(caller, new PageRequest(PageRequest.MAX_LIMIT, 0));
    }

    /** The permitted handover directions: {@code {items, total, limit, offset}}. */
    public JsonResult directions(Caller caller, PageRequest page) {
        return handle(caller, () -> {
            var routes = directions.routes();
            return JsonResult.ok(page.envelope(ConsentJson.routes(page.slice(routes)), routes.size()));
        });
    }

    private JsonObject json(ConsentRecord record) {
        return ConsentJson.record(record, clock.instant(), service.policyShortfall(record));
    }

    private static ConsentId consentId(String text) {
        return ConsentId.parse(text).orElseThrow(() -> new NotFound("dit toestemmingsnummer bestaat niet"));
    }

    private static JsonResult handle(Caller caller, Supplier<JsonResult> action) {
        if (!caller.beheerder() && !caller.deelnemer()) {
            return JsonResult.error(403, "u heeft geen toegang tot het toestemmingenregister");
        }
        try {
            return action.get();
        } catch (InvalidInputException e) {
            return JsonResult.error(e.type(), e.getMessage());
        } catch (ConsentRequestException e) {
            return JsonResult.error(400, e.getMessage());
        } catch (ConsentAccessDeniedException e) {
            return JsonResult.error(403, e.getMessage());
        } catch (ConsentNotFoundException e) {
            return JsonResult.error(404, "toestemming " + e.id() + " bestaat niet");
        } catch (NotFound e) {
            return JsonResult.error(404, e.getMessage());
        } catch (ConsentAlreadyWithdrawnException e) {
            return JsonResult.error(409, "toestemming " + e.id() + " is al ingetrokken");
        } catch (ParticipantDirectoryUnavailableException e) {
            return JsonResult.error(503, "het deelnemersregister is niet beschikbaar; probeer het later opnieuw");
        }
    }

    /** An id that cannot exist. */
    private static final class NotFound extends RuntimeException {
        NotFound(String message) {
            super(message);
        }
    }
}
