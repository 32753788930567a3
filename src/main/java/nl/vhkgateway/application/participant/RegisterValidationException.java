package nl.vhkgateway.application.participant;

import java.util.List;

/** The beheerder's input is not valid (REST: 400). Carries every violation found, with Dutch messages. */
public class RegisterValidationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public RegisterValidationException(List<Violation> violations) {
        super("invalid input: " + violations.stream().map(Violation::field).toList());
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation failure names at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public RegisterValidationException(String field, String dutchMessage) {
        this(List.of(new Violation(field, dutchMessage)));
    }

    public List<Violation> violations() {
        return violations;
    }

    /** All messages in one Dutch sentence list. */
    public String dutchMessage() {
        return String.join(" ", violations.stream().map(Violation::dutchMessage).toList());
    }
}
