package nl.vhkgateway.application.intake.routing;

import nl.vhkgateway.domain.intake.IntakeRecord;

import java.util.Objects;
import nl.vhkgateway.application.mailflow.RoutingDecision;

/**
 * The result of one step of the screening intake: the decision for the pipeline and what to record about it.
 * Immutable.
 */
public record Routed(RoutingDecision decision, IntakeRecord record) {

    public Routed {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(record, "record");
    }
}
