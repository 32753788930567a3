package nl.vhkgateway.application.mailflow;

import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionRepository;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.time.Clock;
import java.util.Objects;
import java.util.logging.Logger;

/**
 * Pipeline step 5, the last: once the gateway is done with a submission (DELIVERED), move its original out of the
 * INBOX into the processed folder and record that. The original of a refused or discarded submission (a card with
 * data that may go nowhere) is deleted from the INBOX instead, so it never lies in the processed folder. A crash between the move and the record is harmless: the next
 * INBOX pass sees the original is gone and records the release then. Thread-safe; the session belongs to the
 * calling thread.
 */
public final class ReleaseOriginal {

    private static final Logger LOG = Logger.getLogger(ReleaseOriginal.class.getName());

    private final SubmissionRepository submissions;
    private final Clock clock;
    private final ProcessingObserver observer;

    public ReleaseOriginal(SubmissionRepository submissions, Clock clock, ProcessingObserver observer) {
        this.submissions = Objects.requireNonNull(submissions, "submissions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    /**
     * Moves the original (at {@code uid} in this session's INBOX) and records the release. Also moves a second
     * identical copy of an already released submission (the same message delivered twice to the INBOX).
     */
    public void release(MailboxSession session, Submission submission, long uid) {
        if (!submission.state().releasesOriginal()) {
            return;
        }
        observer.reached(ProcessingPoint.BEFORE_MOVE);
        boolean notKept = submission.state() == SubmissionState.REFUSED
                || submission.state() == SubmissionState.DISCARDED;
        boolean moved = notKept ? session.deleteFromInbox(uid) : session.moveToProcessed(uid);
        observer.reached(ProcessingPoint.AFTER_MOVE);
        if (submission.releasedFromInboxAt().isEmpty()) {
            submissions.recordReleasedFromInbox(submission.id(), clock.instant());
        }
        LOG.info(() -> "Submission " + submission.id() + ": original " + (moved
                ? (notKept ? "deleted (not kept)" : "moved out of the INBOX") : "was already gone from the INBOX"));
    }

    /** Records the release of a submission whose original is no longer in the INBOX (moved before a crash, or by hand). */
    public void recordGone(Submission submission) {
        if (!submission.awaitsRelease()) {
            return;
        }
        submissions.recordReleasedFromInbox(submission.id(), clock.instant());
        LOG.info(() -> "Submission " + submission.id() + ": original no longer in the INBOX; release recorded");
    }
}
