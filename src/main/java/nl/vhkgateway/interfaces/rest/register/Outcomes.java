package nl.vhkgateway.interfaces.rest.register;

import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import nl.vhkgateway.application.participant.RegisterValidationException;
import nl.vhkgateway.application.participant.RegistrationConflictException;
import nl.vhkgateway.application.participant.RegistrationNotFoundException;
import nl.vhkgateway.infrastructure.persistence.PersistenceException;

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
        } catch (RegisterValidationException e) {
            return ApiResponse.error(400, e.dutchMessage(), e.violations());
        } catch (RegistrationNotFoundException e) {
            return ApiResponse.error(404, e.getMessage());
        } catch (RegistrationConflictException e) {
            return ApiResponse.error(409, e.getMessage());
        } catch (PersistenceException e) {
            LOG.log(Level.WARNING, "register unavailable: " + e.getMessage(), e);
            return ApiResponse.error(503, "Het register is op dit moment niet bereikbaar. Probeer het later opnieuw.");
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
