package nl.vhkgateway.domain.planning;

import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionNumber;

import java.util.Objects;
import java.util.Optional;

/**
 * A stored term of a planned case, not yet done: who to remind (the vaste deelnemer who sent the card) and what.
 *
 * @param submission    the case's submission
 * @param number        its VHT number
 * @param participantId the vaste deelnemer
 * @param term          the term
 */
public record CaseTerm(SubmissionId submission, SubmissionNumber number, Optional<Long> participantId, Term term) {

    public CaseTerm {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(term, "term");
    }
}
