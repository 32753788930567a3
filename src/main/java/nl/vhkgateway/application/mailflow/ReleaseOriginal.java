package nl.vhkgateway.application.mailflow;

import nl.vhkgateway.application.UnitOfWork;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionRepository;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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
    private final UnitOfWork unitOfWork;

    public ReleaseOriginal(SubmissionRepository submissions, Clock clock, ProcessingObserver observer,
                           UnitOfWork unitOfWork) {
        this.submissions = Objects.requireNonNull(submissions, "submissions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.observer = Objects.requireNonNull(observer, "observer");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    /**
     * Moves the originals of these delivered submissions (by their UID in this session's INBOX) together
     * ({@link MailboxSession#moveAllToProcessed}), deletes those of refused and discarded ones together
     * ({@link MailboxSession#deleteAllFromInbox}) and records all their releases in one transaction. The order per
     * message is the same as {@link #release}'s: moved first, recorded after; a crash in between leaves originals
     * that are gone from the INBOX, which the next pass records. Returns how many were released.
     */
    public int releaseAll(MailboxSession session, Map<Long, Submission> delivered) {
        List<Long> uids = new ArrayList<>();
        List<Long> kept = new ArrayList<>();
        List<Long> notKept = new ArrayList<>();
        delivered.forEach((uid, submission) -> {
            if (submission.state().releasesOriginal()) {
                uids.add(uid);
                (isKept(submission) ? kept : notKept).add(uid);
            }
        });
        if (uids.isEmpty()) {
            return 0;
        }
        observer.reached(ProcessingPoint.BEFORE_MOVE);
        Set<Long> moved = kept.isEmpty() ? Set.of() : session.moveAllToProcessed(kept);
        // a refused card or handover may not be kept anywhere: deleted, not moved to the processed folder (issue 11);
        // all of them together, like the moves (one per message made the watcher fall behind, issue 13)
        Set<Long> deletedUids = notKept.isEmpty() ? Set.of() : session.deleteAllFromInbox(notKept);
        int deleted = deletedUids.size();
        observer.reached(ProcessingPoint.AFTER_MOVE);
        Instant now = clock.instant();
        unitOfWork.run(() -> {
            for (long uid : uids) {
                Submission submission = delivered.get(uid);
                if (submission.releasedFromInboxAt().isEmpty()) {
                    submissions.recordReleasedFromInbox(submission.id(), now);
                }
            }
        });
        LOG.info(() -> uids.size() + " original(s) released: " + moved.size() + " moved out of the INBOX in one command, "
                + deleted + " deleted (not kept) together, " + (uids.size() - moved.size() - deleted) + " already gone");
        return uids.size();
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
        boolean notKept = !isKept(submission);
        boolean moved = notKept ? session.deleteFromInbox(uid) : session.moveToProcessed(uid);
        observer.reached(ProcessingPoint.AFTER_MOVE);
        if (submission.releasedFromInboxAt().isEmpty()) {
            submissions.recordReleasedFromInbox(submission.id(), clock.instant());
        }
        LOG.info(() -> "Submission " + submission.id() + ": original " + (moved
                ? (notKept ? "deleted (not kept)" : "moved out of the INBOX") : "was already gone from the INBOX"));
    }

    /** A refused or discarded original is not kept: it may hold personal data that may go nowhere. */
    private static boolean isKept(Submission submission) {
        return submission.state() != SubmissionState.REFUSED && submission.state() != SubmissionState.DISCARDED;
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
