package nl.vhkgateway.application.mailflow;

import nl.vhkgateway.application.UnitOfWork;
import nl.vhkgateway.domain.outbox.OutboxMessage;
import nl.vhkgateway.domain.outbox.OutboxRepository;
import nl.vhkgateway.domain.submission.ReasonCodes;
import nl.vhkgateway.domain.submission.StateChange;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionRepository;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What the beheerder can see and do with the intake: list submissions in ERROR, look at one (state, history,
 * outgoing messages) and reprocess it. Reprocessing resets the attempt count and puts the submission back where
 * its work resumes: RECEIVED when nothing was routed yet, otherwise the dispatch state it failed in with its FAILED
 * outbox messages pending again (their Message-IDs unchanged). The pipeline picks it up on its next pass; call
 * {@code OutboxDispatchLoop.wakeUp()} to make that immediate. Thread-safe.
 */
public final class SubmissionAdministration {

    private static final Logger LOG = Logger.getLogger(SubmissionAdministration.class.getName());

    private final SubmissionRepository submissions;
    private final OutboxRepository outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public SubmissionAdministration(SubmissionRepository submissions, OutboxRepository outbox, UnitOfWork unitOfWork, Clock clock) {
        this.submissions = Objects.requireNonNull(submissions, "submissions");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Submissions in ERROR, most recent first. */
    public List<Submission> errors(int limit) {
        return submissions.findByState(SubmissionState.ERROR, limit);
    }

    /** Submissions in any state, most recent first (for an overview). */
    public List<Submission> inState(SubmissionState state, int limit) {
        return submissions.findByState(state, limit);
    }

    public Optional<Submission> find(SubmissionId id) {
        return submissions.find(id);
    }

    public List<StateChange> history(SubmissionId id) {
        return submissions.history(id);
    }

    public List<OutboxMessage> outgoing(SubmissionId id) {
        return outbox.findBySubmission(id);
    }

    /**
     * Puts a submission in ERROR back into processing. Throws {@link NoSuchElementException} for an unknown id and
     * {@link IllegalStateException} when it is not in ERROR.
     */
    public Submission reprocess(SubmissionId id) {
        Submission result = unitOfWork.inTransaction(() -> {
            Submission current = submissions.lock(id).orElseThrow(() -> new NoSuchElementException("No submission " + id));
            if (current.state() != SubmissionState.ERROR) {
                throw new IllegalStateException("Submission " + id + " is " + current.state() + ", not ERROR");
            }
            SubmissionState target = stateBeforeError(id);
            outbox.resetFailed(id, clock.instant());
            submissions.changeState(current.changeTo(target, ReasonCodes.REPROCESS_REQUESTED, clock.instant()));
            return submissions.find(id).orElseThrow();
        });
        LOG.info(() -> "Submission " + id + " reprocessed by the beheerder: now " + result.state());
        return result;
    }

    /**
     * Where the work resumes: the dispatch state the submission failed in, else RECEIVED (routing failed; also when
     * older outbox messages exist, e.g. the beheerder's notice of a quarantine it was released from).
     */
    private SubmissionState stateBeforeError(SubmissionId id) {
        List<StateChange> history = submissions.history(id);
        for (int i = history.size() - 1; i >= 0; i--) {
            StateChange change = history.get(i);
            if (change.to() == SubmissionState.ERROR && change.from().isPresent()) {
                return change.from().get().awaitsDispatch() ? change.from().get() : SubmissionState.RECEIVED;
            }
        }
        return outbox.findBySubmission(id).isEmpty() ? SubmissionState.RECEIVED : SubmissionState.ROUTED;
    }
}
