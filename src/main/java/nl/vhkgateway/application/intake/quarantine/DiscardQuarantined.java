package nl.vhkgateway.application.intake.quarantine;

import nl.vhkgateway.application.UnitOfWork;
import nl.vhkgateway.domain.intake.ContentRepository;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionRepository;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.time.Clock;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Takes a submission out of quarantine without processing it: QUARANTINED -> DISCARDED and its raw message removed,
 * in one transaction. Metadata, history and audit stay. Used when the beheerder deletes it and when it stayed in
 * quarantine longer than the retention period. Thread-safe.
 */
public final class DiscardQuarantined {

    private final SubmissionRepository submissions;
    private final ContentRepository content;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public DiscardQuarantined(SubmissionRepository submissions, ContentRepository content, UnitOfWork unitOfWork,
                              Clock clock) {
        this.submissions = Objects.requireNonNull(submissions, "submissions");
        this.content = Objects.requireNonNull(content, "content");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Throws {@link NoSuchElementException} for an unknown id and {@link IllegalStateException} when the submission
     * is not QUARANTINED.
     */
    public Submission discard(SubmissionId id, String reasonCode) {
        return unitOfWork.inTransaction(() -> {
            Submission current = submissions.lock(id).orElseThrow(() -> new NoSuchElementException("No submission " + id));
            if (current.state() != SubmissionState.QUARANTINED) {
                throw new IllegalStateException("Submission " + id + " is " + current.state() + ", not QUARANTINED");
            }
            Instant now = clock.instant();
            submissions.changeState(current.changeTo(SubmissionState.DISCARDED, reasonCode, now));
            content.purge(id, reasonCode, now);
            return submissions.find(id).orElseThrow();
        });
    }
}
