package nl.vhkgateway.application.mailflow;

import nl.vhkgateway.domain.outbox.OutgoingMessage;
import nl.vhkgateway.domain.submission.ReasonCodes;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link RoutingPolicy} decided: the state to enter, why (a reason code), and the messages to send.
 * A state that {@link SubmissionState#awaitsDispatch() awaits dispatch} becomes DELIVERED once all messages are
 * sent. When the policy screened the submission, {@link #screened()} says when and with which result; the pipeline
 * then records RECEIVED -> SCREENED -> next state in the same transaction, so the history shows the screening step.
 * Immutable.
 *
 * @param screened the screening step, when the submission was screened before the decision
 * @param record   what the policy writes along with the decision, in the same transaction ({@link DecisionRecord#NONE}:
 *                 nothing)
 */
public record RoutingDecision(SubmissionState nextState, String reasonCode, List<OutgoingMessage> messages,
                              Optional<Screened> screened, DecisionRecord record) {

    public RoutingDecision {
        Objects.requireNonNull(nextState, "nextState");
        ReasonCodes.require(reasonCode);
        messages = List.copyOf(messages);
        Objects.requireNonNull(screened, "screened");
        Objects.requireNonNull(record, "record");
        if (nextState.awaitsRouting() || nextState == SubmissionState.DELIVERED || nextState == SubmissionState.REFUSED
                || nextState == SubmissionState.ERROR
                || nextState == SubmissionState.DISCARDED) {
            throw new IllegalArgumentException("A routing decision cannot lead to " + nextState);
        }
        if (screened.isPresent() && !SubmissionState.SCREENED.canChangeTo(nextState)) {
            throw new IllegalArgumentException("A screened submission cannot change to " + nextState);
        }
        Set<String> ids = new HashSet<>();
        for (OutgoingMessage m : messages) {
            if (!ids.add(m.messageId())) {
                throw new IllegalArgumentException("Two outgoing messages share Message-ID " + m.messageId());
            }
        }
    }

    /** A decision without a screening step (the skeleton's blind forward, an unknown sender). */
    public RoutingDecision(SubmissionState nextState, String reasonCode, List<OutgoingMessage> messages) {
        this(nextState, reasonCode, messages, Optional.empty(), DecisionRecord.NONE);
    }

    /** The same decision, recorded as taken after screening at {@code at} with result {@code reasonCode}. */
    public RoutingDecision afterScreening(String reasonCode, Instant at) {
        return new RoutingDecision(nextState, this.reasonCode, messages, Optional.of(new Screened(reasonCode, at)),
                record);
    }

    /**
     * The same decision with {@code record} written in the transaction that commits it (after the outbox and the
     * state change): the decision and what the policy found out are stored together or not at all, and a decision
     * that another thread made first is dropped with its record.
     */
    public RoutingDecision recordedWith(DecisionRecord record) {
        return new RoutingDecision(nextState, reasonCode, messages, screened, record);
    }

    /**
     * The screening step before the decision.
     *
     * @param reasonCode the screening result as a reason code (e.g. SCREENING_ACCEPT)
     * @param at         when screening finished
     */
    public record Screened(String reasonCode, Instant at) {

        public Screened {
            ReasonCodes.require(reasonCode);
            Objects.requireNonNull(at, "at");
        }
    }
}
