package nl.vhkgateway.application.agenda;

import java.util.Objects;

/**
 * A planning request that cannot be carried out, with a Dutch explanation the voorzitter can act on (REST maps
 * {@link Kind#NOT_FOUND} to 404, {@link Kind#CONFLICT} to 409, {@link Kind#INVALID} to 400).
 */
public final class PlanningProblem extends RuntimeException {

    public enum Kind { NOT_FOUND, CONFLICT, INVALID }

    private final Kind kind;

    public PlanningProblem(Kind kind, String dutchMessage) {
        super(dutchMessage);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
