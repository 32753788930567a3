package nl.vhkgateway.application.mailflow;

/**
 * What a {@link RoutingPolicy} stores about its decision (for the screening intake: the intake record with number,
 * route and verdicts). {@link RouteSubmission} calls {@link #write()} inside the transaction that writes the outbox
 * and changes the state, so the record commits with the decision or not at all, in one transaction instead of a
 * separate one before it (issue 13). Implementations write only to the database, through repositories that join the
 * current transaction ({@code UnitOfWork}); they may be run again when the transaction is retried after a write
 * conflict.
 */
@FunctionalInterface
public interface DecisionRecord {

    /** Nothing to store. */
    DecisionRecord NONE = () -> { };

    /** Stores the record in the current transaction. */
    void write();
}
