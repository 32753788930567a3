package nl.vhkgateway.domain.intake;

import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionNumber;

import java.util.Optional;

/**
 * Stores one {@link IntakeRecord} per submission and hands out submission numbers. Implementations are thread-safe
 * and run each call in its own transaction.
 */
public interface IntakeRecordRepository {

    /**
     * The submission number of this submission: the one allocated before, or a new one for {@code year} that is
     * stored with the submission in the same transaction. Two concurrent calls for one submission get the same
     * number.
     */
    SubmissionNumber numberFor(SubmissionId submission, int year);

    /**
     * Stores the record (insert or replace). The stored number is never replaced or removed: the record's
     * {@link IntakeRecord#number()} is ignored here (see {@link #numberFor}).
     */
    void save(IntakeRecord record);

    Optional<IntakeRecord> find(SubmissionId submission);

    /** The submission that received this number. */
    Optional<SubmissionId> findByNumber(SubmissionNumber number);
}
