package nl.vhkgateway.interfaces.rest.register;

import nl.vhkgateway.application.participant.RegisterValidationException;

/** The body is not JSON at all (answered with the problem type malformed-json rather than invalid-input). */
final class MalformedJsonException extends RegisterValidationException {

    MalformedJsonException(String dutchMessage) {
        super("body", dutchMessage);
    }
}
