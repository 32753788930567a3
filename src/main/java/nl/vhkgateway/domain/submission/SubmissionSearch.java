package nl.vhkgateway.domain.submission;

import java.util.Objects;
import java.util.Optional;

/**
 * What the beheerder looks for among submissions: optionally one state and/or one submission number
 * (VHT-2026-0042), one page of it ({@code limit} from {@code offset}), most recently changed first. Immutable.
 *
 * @param state  only submissions in this state
 * @param number only the submission that got this number
 * @param limit  at most this many (1 or more)
 * @param offset skip this many matches
 */
public record SubmissionSearch(Optional<SubmissionState> state, Optional<SubmissionNumber> number, int limit,
                               long offset) {

    public SubmissionSearch {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(number, "number");
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException("limit >= 1 and offset >= 0");
        }
    }

    public static SubmissionSearch all(int limit, long offset) {
        return new SubmissionSearch(Optional.empty(), Optional.empty(), limit, offset);
    }

    public SubmissionSearch inState(SubmissionState value) {
        return new SubmissionSearch(Optional.of(value), number, limit, offset);
    }

    public SubmissionSearch withNumber(SubmissionNumber value) {
        return new SubmissionSearch(state, Optional.of(value), limit, offset);
    }
}
