package nl.vhkgateway.interfaces.rest.problem;

import java.util.Objects;

/**
 * Ends a REST call with a {@link Problem}; {@link ProblemExceptionMapper} writes it. The message is the Dutch
 * detail (no personal data), so the exception may be logged as it is.
 */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(Objects.requireNonNull(problem, "problem").detail(), null, false, false);
        this.problem = problem;
    }

    public ProblemException(ProblemType type, String detail) {
        this(Problem.of(type, detail));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException invalidParameter(String detail) {
        return new ProblemException(ProblemType.INVALID_PARAMETER, detail);
    }

    public Problem problem() {
        return problem;
    }
}
