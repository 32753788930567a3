package nl.vhkgateway.application.mailflow;

import nl.vhkgateway.application.UnitOfWork;
import nl.vhkgateway.domain.submission.ConcurrentChangeException;
import nl.vhkgateway.domain.submission.ProcessingError;
import nl.vhkgateway.domain.submission.ReasonCodes;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionRepository;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Records failed attempts of a submission's current step: backoff until the next attempt, and ERROR once the
 * maximum is reached, so that a poison message never loops and never blocks the others. Thread-safe.
 */
public final class Attempts {

    private static final Logger LOG = Logger.getLogger(Attempts.class.getName());

    private final SubmissionRepository submissions;
    private final UnitOfWork unitOfWork;
    private final MailflowSettings settings;
    private final Clock clock;

    public Attempts(SubmissionRepository submissions, UnitOfWork unitOfWork, MailflowSettings settings, Clock clock) {
        this.submissions = Objects.requireNonNull(submissions, "submissions");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Counts one failed attempt of the submission in state {@code expected}; ERROR when it was the last allowed. */
    public void failed(SubmissionId id, SubmissionState expected, ProcessingError error) {
        try {
            unitOfWork.run(() -> {
                Optional<Submission> locked = submissions.lock(id);
                if (locked.isEmpty() || locked.get().state() != expected) {
                    return;
                }
                Submission current = locked.get();
                Instant now = clock.instant();
                int attempts = current.attempts() + 1;
                submissions.recordFailure(id, expected, attempts, now.plus(settings.backoffAfter(attempts)), error, now);
                if (attempts >= settings.maxAttempts()) {
                    submissions.changeState(current.changeTo(SubmissionState.ERROR, ReasonCodes.MAX_ATTEMPTS_REACHED, now));
                    LOG.warning(() -> "Submission " + id + " failed " + attempts + " times (" + error.code()
                            + "); it is now in ERROR for the beheerder");
                } else {
                    LOG.warning(() -> "Submission " + id + " attempt " + attempts + " of " + settings.maxAttempts()
                            + " failed (" + error.code() + "); next attempt after " + settings.backoffAfter(attempts));
                }
            });
        } catch (ConcurrentChangeException e) {
            LOG.fine(() -> "Submission " + id + " moved on while recording a failure: " + e.getMessage());
        }
    }
}
