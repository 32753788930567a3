package nl.vhkgateway.application.mailflow;

import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.application.intake.routing.ForwardToVoorzitter;

/**
 * The pluggable "what to send" step of the intake pipeline: given a stored submission and its raw MIME, decide the
 * next state and the complete outgoing messages. The pipeline writes the messages to the outbox and changes the
 * state in one transaction, so a decision either happens completely or not at all.
 *
 * <p>Must be deterministic in what it sends (the same submission gives messages with the same Message-IDs, see
 * {@link OutgoingMessageIds}), because a crash between deciding and committing makes the pipeline decide again.
 * May throw any exception: the pipeline counts it as a failed attempt (backoff, ERROR after the maximum).
 * Implementations must be thread-safe.
 *
 * <p>The skeleton uses {@link ForwardToVoorzitter}; the screening intake (issue 4) replaces it with screening and
 * routing that returns ACCEPTED / REFUSED / QUARANTINED decisions.
 */
@FunctionalInterface
public interface RoutingPolicy {

    RoutingDecision decide(Submission submission, byte[] rawMime) throws Exception;

    /**
     * Called after the pipeline committed {@code decision} for {@code submission} (not when the decision was
     * dropped because another thread decided first). For follow-up work that must only happen for a committed
     * decision, such as an audit entry or discarding the content of a refused card. Runs outside any transaction;
     * an exception is logged and otherwise ignored (the decision stands). A crash between the commit and this call
     * skips it, so the work should also be caught up elsewhere when it matters. Default: nothing.
     */
    default void committed(Submission submission, RoutingDecision decision) {
    }

    /**
     * Catches up follow-up work of committed decisions that {@link #committed} did not do (a crash in between). Called
     * by the pipeline's dispatch loop ({@link MailflowPipeline#processDue}), so first right after a (re)start or a
     * takeover of the intake; the policy decides how often it actually looks. Must be safe to run on several
     * instances and concurrently with {@link #committed}. An exception is logged and otherwise ignored. Default:
     * nothing.
     */
    default void catchUp() {
    }
}
