package nl.vhkgateway.domain.submission;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a submission's history: the state it left (empty for the first), the state it entered, why (a
 * reason code) and when. Also used for events that leave the state as it is (e.g. the original leaving the
 * INBOX: DELIVERED -> DELIVERED, RELEASED_FROM_INBOX). Immutable.
 */
public record StateChange(SubmissionId submissionId, Optional<SubmissionState> from, SubmissionState to,
                          String reasonCode, Instant at) {

    public StateChange {
        Objects.requireNonNull(submissionId, "submissionId");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        ReasonCodes.require(reasonCode);
        Objects.requireNonNull(at, "at");
    }
}
