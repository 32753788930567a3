package nl.vhkgateway.interfaces.rest.support;

import nl.vhkgateway.interfaces.rest.problem.ProblemType;

/** The caller's input cannot be read; the message is a Dutch sentence for the caller (HTTP 400). */
public class InvalidInputException extends RuntimeException {

    private final ProblemType type;

    public InvalidInputException(String dutchMessage) {
        this(ProblemType.INVALID_INPUT, dutchMessage);
    }

    public InvalidInputException(ProblemType type, String dutchMessage) {
        super(dutchMessage, null, false, false);
        this.type = type;
    }

    /** The problem type the API answers with. */
    public ProblemType type() {
        return type;
    }
}
