package nl.vhkgateway.domain.planning;

import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionNumber;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An accepted submission that has no planned case yet: what planning needs to know about it.
 *
 * @param submission     the submission
 * @param number         its VHT number
 * @param organisationId the organisation of the vaste deelnemer
 * @param participantId  the vaste deelnemer who sent it
 * @param followUpOf     the earlier submission, for a follow-up or monitoring card
 * @param receivedOn     the day of receipt in Europe/Amsterdam
 */
public record AcceptedCard(SubmissionId submission, SubmissionNumber number, Optional<Long> organisationId,
                           Optional<Long> participantId, Optional<SubmissionId> followUpOf, LocalDate receivedOn) {

    public AcceptedCard {
        Objects.requireNonNull(submission, "submission");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(followUpOf, "followUpOf");
        Objects.requireNonNull(receivedOn, "receivedOn");
    }
}
