package nl.vhkgateway.interfaces.rest.register;

import java.util.function.Supplier;
import java.util.logging.Logger;
import nl.vhkgateway.application.participant.RegisterValidationException;
import nl.vhkgateway.application.participant.RegistrationConflictException;
import nl.vhkgateway.application.participant.RegistrationNotFoundException;
import nl.vhkgateway.infrastructure.persistence.PersistenceException;
import nl.vhkgateway.interfaces.rest.problem.ProblemType;

/**
 * Turns the register's outcomes into HTTP answers: invalid input 400, unknown number 404, a clash with an existing
 * registration 409, an unreachable database 503; every error with a Dutch message. Stateless.
 */
final class Outcomes {

    private static final Logger LOG = Logger.getLogger(Outcomes.class.getName());

    private Outcomes() {
    }

    static ApiResponse answer(Supplier<ApiResponse> action) {
        try {
            return action.get();
        } catch (MalformedJsonException e) {
            return ApiResponse.error(ProblemType.MALFORMED_JSON, e.dutchMessage(), e.violations());
        } catch (RegisterValidationException e) {
            return ApiResponse.error(ProblemType.INVALID_INPUT, e.dutchMessage(), e.violations());
        } catch (RegistrationNotFoundException e) {
            return ApiResponse.error(ProblemType.NOT_FOUND, e.getMessage());
        } catch (RegistrationConflictException e) {
            return ApiResponse.error(ProblemType.CONFLICT, e.getMessage());
        } catch (PersistenceException e) {
            LOG.warning(() -> "event=register.unavailable cause=" + e.getClass().getSimpleName());
            return ApiResponse.error(ProblemType.UNAVAILABLE, "Het register is op dit moment niet bereikbaar. Probeer het later opnieuw.");
        }
    }

    /** The number in a path ("/participants/7"); anything else names no registration. */
    static long id(String text, String what) {
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // handled below
        }
        throw new RegistrationNotFoundException("Er is geen " + what + " met nummer '" + sanitise(text) + "'.");
    }

    private static String sanitise(String text) {
        String cleaned = String.valueOf(text).replaceAll("[^A-Za-z0-9_-]", "?");
        return cleaned.length() > 20 ? cleaned.substring(0, 20) + "…" : cleaned;
    }
}
