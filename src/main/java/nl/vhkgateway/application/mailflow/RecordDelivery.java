package nl.vhkgateway.application.mailflow;

import nl.vhkgateway.application.UnitOfWork;
import nl.vhkgateway.domain.outbox.OutboxMessage;
import nl.vhkgateway.domain.outbox.OutboxRepository;
import nl.vhkgateway.domain.outbox.OutboxState;
import nl.vhkgateway.domain.submission.ReasonCodes;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionRepository;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Pipeline step 4: a submission whose outgoing messages are all SENT (or CANCELLED by the outbox guard, final)
 * becomes DELIVERED (with the row locked, so two
 * dispatchers finishing at once record it once). Thread-safe.
 */
public final class RecordDelivery {

    private static final Logger LOG = Logger.getLogger(RecordDelivery.class.getName());

    private final SubmissionRepository submissions;
    private final OutboxRepository outbox;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    public RecordDelivery(SubmissionRepository submissions, OutboxRepository outbox, UnitOfWork unitOfWork, Clock clock) {
        this.submissions = Objects.requireNonNull(submissions, "submissions");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Returns true when this call recorded the delivery. */
    public boolean recordIfComplete(SubmissionId id) {
        boolean recorded = unitOfWork.inTransaction(() -> {
            Optional<Submission> current = submissions.lock(id);
            if (current.isEmpty() || !current.get().state().awaitsDispatch()) {
                return false;
            }
            List<OutboxMessage> messages = outbox.findBySubmission(id);
            if (!messages.stream().allMatch(m -> m.state() == OutboxState.SENT || m.state() == OutboxState.CANCELLED)) {
                return false;
            }
            submissions.changeState(current.get().changeTo(SubmissionState.DELIVERED, ReasonCodes.ALL_MESSAGES_SENT, clock.instant()));
            return true;
        });
        if (recorded) {
            LOG.info(() -> "Submission " + id + " DELIVERED");
        }
        return recorded;
    }
}
