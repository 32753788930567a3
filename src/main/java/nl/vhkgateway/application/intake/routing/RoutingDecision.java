package nl.vhkgateway.application.intake.routing;

import nl.vhkgateway.domain.outbox.OutgoingMessage;
import nl.vhkgateway.domain.submission.ReasonCodes;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link RoutingPolicy} decided: the state to enter, why (a reason code), and the messages to send.
 * A state that {@link SubmissionState#awaitsDispatch() awaits dispatch} becomes DELIVERED once all messages are
 * sent. Immutable.
 */
public record RoutingDecision(SubmissionState nextState, String reasonCode, List<OutgoingMessage> messages) {

    public RoutingDecision {
        Objects.requireNonNull(nextState, "nextState");
        ReasonCodes.require(reasonCode);
        messages = List.copyOf(messages);
        if (nextState.awaitsRouting() || nextState == SubmissionState.DELIVERED || nextState == SubmissionState.ERROR) {
            throw new IllegalArgumentException("A routing decision cannot lead to " + nextState);
        }
        Set<String> ids = new HashSet<>();
        for (OutgoingMessage m : messages) {
            if (!ids.add(m.messageId())) {
                throw new IllegalArgumentException("Two outgoing messages share Message-ID " + m.messageId());
            }
        }
    }
}
