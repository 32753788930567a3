package nl.vhkgateway.application.mailflow;

import nl.vhkgateway.application.UnitOfWork;
import nl.vhkgateway.application.mailflow.RoutingDecision;
import nl.vhkgateway.application.mailflow.RoutingPolicy;
import nl.vhkgateway.domain.outbox.OutboxRepository;
import nl.vhkgateway.domain.submission.ConcurrentChangeException;
import nl.vhkgateway.domain.submission.ProcessingError;
import nl.vhkgateway.domain.submission.ReasonCodes;
import nl.vhkgateway.domain.submission.StateChange;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionRepository;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Pipeline step 2: ask the {@link RoutingPolicy} what to send, then write the outgoing messages to the outbox,
 * change the state and store the policy's {@link RoutingDecision#record() record} of the decision in one
 * transaction. The policy runs outside the transaction; when another thread decided in the meantime this decision
 * (with its record) is dropped. A failing policy counts as a failed attempt. Thread-safe.
 */
public final class RouteSubmission {

    private static final Logger LOG = Logger.getLogger(RouteSubmission.class.getName());

    private final SubmissionRepository submissions;
    private final OutboxRepository outbox;
    private final UnitOfWork unitOfWork;
    private final RoutingPolicy policy;
    private final Attempts attempts;
    private final Clock clock;
    private final ProcessingObserver observer;

    public RouteSubmission(SubmissionRepository submissions, OutboxRepository outbox, UnitOfWork unitOfWork,
                           RoutingPolicy policy, Attempts attempts, Clock clock, ProcessingObserver observer) {
        this.submissions = Objects.requireNonNull(submissions, "submissions");
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.observer = Objects.requireNonNull(observer, "observer");
    }

    /** Routes the submission when it awaits routing and is due; returns true when a decision was committed. */
    public boolean route(Submission submission) {
        if (!submission.state().awaitsRouting() || !submission.isDue(clock.instant())) {
            return false;
        }
        RoutingDecision decision;
        try {
            byte[] raw = submissions.rawMime(submission.id())
                    .orElseThrow(() -> new IllegalStateException("raw message of submission " + submission.id() + " is gone"));
            decision = policy.decide(submission, raw);
        } catch (Exception e) {
            attempts.failed(submission.id(), submission.state(), ProcessingError.of(ReasonCodes.ROUTING_FAILED, e));
            return false;
        }
        try {
            boolean committed = unitOfWork.inTransaction(() -> {
                Optional<Submission> current = submissions.lock(submission.id());
                if (current.isEmpty() || current.get().state() != submission.state()) {
                    return false;
                }
                Instant now = clock.instant();
                outbox.add(Optional.of(submission.id()), decision.messages(), now);
                Submission decided = current.get();
                if (decision.screened().isPresent() && decided.state() == SubmissionState.RECEIVED) {
                    RoutingDecision.Screened screened = decision.screened().get();
                    submissions.changeState(decided.changeTo(SubmissionState.SCREENED, screened.reasonCode(),
                            screened.at()));
                    submissions.changeState(new StateChange(decided.id(), Optional.of(SubmissionState.SCREENED),
                            decision.nextState(), decision.reasonCode(), now));
                } else {
                    submissions.changeState(decided.changeTo(decision.nextState(), decision.reasonCode(), now));
                }
                decision.record().write();
                return true;
            });
            if (committed) {
                LOG.info(() -> "Submission " + submission.id() + " -> " + decision.nextState() + " (" + decision.reasonCode()
                        + ", " + decision.messages().size() + " outgoing)");
                observer.reached(ProcessingPoint.AFTER_DECISION_COMMITTED);
                afterCommit(submission, decision);
            }
            return committed;
        } catch (ConcurrentChangeException e) {
            return false;
        }
    }

    /** The policy's catch-up of follow-up work a crash skipped ({@link RoutingPolicy#catchUp}); never throws. */
    public void catchUp() {
        try {
            policy.catchUp();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Catching up the follow-up of committed decisions failed; will retry: "
                    + ProcessingError.of(ReasonCodes.ROUTING_FAILED, e).reason());
        }
    }

    private void afterCommit(Submission submission, RoutingDecision decision) {
        try {
            policy.committed(submission, decision);
        } catch (RuntimeException e) {
            LOG.warning(() -> "Follow-up of the decision for submission " + submission.id() + " failed: "
                    + ProcessingError.of(ReasonCodes.ROUTING_FAILED, e).reason());
        }
    }
}
