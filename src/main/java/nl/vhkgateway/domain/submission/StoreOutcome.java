package nl.vhkgateway.domain.submission;

import java.util.Objects;

/** Result of storing a fetched message: the submission, and whether it was new or already stored. Immutable. */
public record StoreOutcome(Submission submission, boolean created) {

    public StoreOutcome {
        Objects.requireNonNull(submission, "submission");
    }
}
