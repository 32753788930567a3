package nl.vhkgateway.application.participant;

import java.util.Objects;

/**
 * One thing wrong with the beheerder's input.
 *
 * @param field        the input field (as named in the REST API, e.g. "mailAddress")
 * @param dutchMessage what is wrong and how to fix it, in Dutch
 */
public record Violation(String field, String dutchMessage) {

    public Violation {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(dutchMessage, "dutchMessage");
    }
}
