package nl.vhkgateway.application.mailflow;

import nl.vhkgateway.application.UnitOfWork;
import nl.vhkgateway.application.mailflow.RoutingPolicy;
import nl.vhkgateway.domain.outbox.OutboxRepository;
import nl.vhkgateway.domain.submission.MailboxLocation;
import nl.vhkgateway.domain.submission.ProcessingError;
import nl.vhkgateway.domain.submission.StoreOutcome;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionRepository;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The crash-safe intake: per message in the INBOX
 * <ol>
 *   <li>{@link StoreSubmission}: fetch and store durably (dedupe on Message-ID + SHA-256),</li>
 *   <li>{@link RouteSubmission}: decide what to send with the pluggable {@link RoutingPolicy}; write the outbox,</li>
 *   <li>{@link DispatchOutbox}: send the outbox messages over SMTP,</li>
 *   <li>{@link RecordDelivery}: DELIVERED once all are sent,</li>
 *   <li>{@link ReleaseOriginal}: only then move the original out of the INBOX.</li>
 * </ol>
 * Every step starts from the durable state the previous one committed, so after a crash at any point the next
 * INBOX pass (the original is still there until the last step) or the next {@link #processDue()} continues where
 * processing stopped. A message whose handling throws is left for the next pass; the others carry on.
 *
 * <p>Thread-safe: {@link #processInbox} runs on the mailbox watcher's thread with its session, {@link #processDue}
 * on the dispatch loop's thread; they coordinate through row locks and atomic claims in the database.
 */
public final class MailflowPipeline {

    private static final Logger LOG = Logger.getLogger(MailflowPipeline.class.getName());
    private static final Set<SubmissionState> WORKING = EnumSet.of(SubmissionState.RECEIVED, SubmissionState.SCREENED,
            SubmissionState.ROUTED, SubmissionState.ACCEPTED, SubmissionState.REFUSED);

    private final SubmissionRepository submissions;
    private final StoreSubmission store;
    private final RouteSubmission route;
    private final DispatchOutbox dispatch;
    private final RecordDelivery recordDelivery;
    private final ReleaseOriginal release;
    private final MailflowSettings settings;
    private final Clock clock;
    private final ProcessingObserver observer;
    private final List<Runnable> releaseListeners = new CopyOnWriteArrayList<>();

    private MailflowPipeline(Builder b) {
        this.submissions = Objects.requireNonNull(b.submissions, "submissions");
        OutboxRepository outbox = Objects.requireNonNull(b.outbox, "outbox");
        UnitOfWork unitOfWork = Objects.requireNonNull(b.unitOfWork, "unitOfWork");
        RoutingPolicy routing = Objects.requireNonNull(b.routing, "routing");
        MailSender sender = Objects.requireNonNull(b.sender, "sender");
        this.settings = Objects.requireNonNull(b.settings, "settings");
        this.clock = Objects.requireNonNull(b.clock, "clock");
        this.observer = Objects.requireNonNull(b.observer, "observer");
        Attempts attempts = new Attempts(submissions, unitOfWork, settings, clock);
        this.store = new StoreSubmission(submissions, settings.maxMessageBytes(), clock);
        this.route = new RouteSubmission(submissions, outbox, unitOfWork, routing, attempts, clock);
        this.recordDelivery = new RecordDelivery(submissions, outbox, unitOfWork, clock);
        this.dispatch = new DispatchOutbox(outbox, submissions, unitOfWork, sender, recordDelivery, settings, clock, observer,
                Objects.requireNonNull(b.guard, "guard"));
        this.release = new ReleaseOriginal(submissions, clock, observer);
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * One pass over the INBOX of the session: every message is stored (when new), advanced as far as it can go now,
     * and moved out once delivered. Originals that left the INBOX without being recorded (a crash right after the
     * move) are recorded as released. Throws {@link MailboxUnavailableException} when the connection is lost.
     */
    public InboxPassResult processInbox(MailboxSession session) {
        List<Long> uids = session.inboxUids();
        int stored = 0;
        int released = 0;
        int failed = 0;
        for (long uid : uids) {
            try {
                MessageOutcome outcome = processMessage(session, uid);
                stored += outcome.stored ? 1 : 0;
                released += outcome.released ? 1 : 0;
            } catch (MailboxUnavailableException e) {
                throw e;
            } catch (RuntimeException e) {
                failed++;
                logFailure("Message uid " + uid + " could not be handled; it stays in the INBOX for the next pass", e);
            }
        }
        released += recordOriginalsGone(session, new HashSet<>(uids), failed == 0);
        return new InboxPassResult(uids.size(), stored, released, failed);
    }

    /**
     * Advances every due submission (routing, sending, recording delivery) and sends every due outbox message,
     * without the mailbox. Notifies the release listeners when something became deliverable so that the watcher
     * moves the originals soon. Returns the number of messages sent.
     */
    public int processDue() {
        int delivered = 0;
        for (Submission submission : submissions.findDue(WORKING, clock.instant(), settings.batchSize())) {
            try {
                if (advance(submission).state().releasesOriginal()) {
                    delivered++;
                }
            } catch (RuntimeException e) {
                logFailure("Submission " + submission.id() + " could not be advanced; will retry", e);
            }
        }
        int sent = dispatch.dispatchDue();
        if (delivered > 0 || sent > 0) {
            releaseListeners.forEach(Runnable::run);
        }
        return sent;
    }

    /** Registers a callback run when submissions became ready to leave the INBOX outside an INBOX pass. */
    public void onReadyForRelease(Runnable listener) {
        releaseListeners.add(Objects.requireNonNull(listener, "listener"));
    }

    private MessageOutcome processMessage(MailboxSession session, long uid) {
        MailboxLocation location = session.locationOf(uid);
        // The location shortcut spares re-reading messages that wait (backoff, ERROR). It is not trusted for the
        // one destructive step, moving the original: a server that reused UIDVALIDITY (against RFC 3501) could
        // otherwise make a new message look like a delivered one. Those are re-read and matched on their key.
        Optional<Submission> known = submissions.findByLocation(location).filter(s -> !s.state().releasesOriginal());
        Submission submission;
        boolean stored = false;
        if (known.isPresent()) {
            submission = known.get();
        } else {
            Optional<FetchedMessage> fetched = session.fetch(uid);
            if (fetched.isEmpty()) {
                return new MessageOutcome(false, false);
            }
            observer.reached(ProcessingPoint.AFTER_FETCH);
            StoreOutcome outcome = store.store(fetched.get());
            stored = outcome.created();
            if (stored) {
                observer.reached(ProcessingPoint.AFTER_STORE);
            }
            submission = outcome.submission();
        }
        submission = advance(submission);
        if (submission.state().releasesOriginal()) {
            release.release(session, submission, uid);
            return new MessageOutcome(stored, true);
        }
        return new MessageOutcome(stored, false);
    }

    private Submission advance(Submission submission) {
        Submission current = submission;
        if (current.state().awaitsRouting() && route.route(current)) {
            observer.reached(ProcessingPoint.AFTER_ROUTE);
            current = reload(current);
        }
        if (current.state().awaitsDispatch()) {
            dispatch.dispatchFor(current.id());
            if (recordDelivery.recordIfComplete(current.id())) {
                observer.reached(ProcessingPoint.AFTER_DELIVERY_RECORDED);
            }
            current = reload(current);
        }
        return current;
    }

    private int recordOriginalsGone(MailboxSession session, Set<Long> present, boolean passComplete) {
        long uidValidity = session.uidValidity();
        int count = 0;
        for (Submission submission : submissions.findAwaitingRelease(settings.batchSize())) {
            Optional<MailboxLocation> location = submission.location();
            boolean sameBox = location.isPresent() && location.get().equals(session.locationOf(location.get().uid()));
            boolean gone = sameBox ? !present.contains(location.get().uid())
                    : passComplete && (location.isEmpty() || location.get().uidValidity() != uidValidity);
            if (gone) {
                release.recordGone(submission);
                count++;
            }
        }
        return count;
    }

    private Submission reload(Submission submission) {
        return submissions.find(submission.id())
                .orElseThrow(() -> new IllegalStateException("Submission " + submission.id() + " disappeared"));
    }

    private static void logFailure(String what, RuntimeException e) {
        LOG.warning(() -> what + ": " + ProcessingError.of("UNEXPECTED", e).reason());
        LOG.log(Level.FINE, what, e);
    }

    private record MessageOutcome(boolean stored, boolean released) {
    }

    /** Collects the pipeline's collaborators. Not thread-safe; the built pipeline is. */
    public static final class Builder {
        private SubmissionRepository submissions;
        private OutboxRepository outbox;
        private UnitOfWork unitOfWork;
        private RoutingPolicy routing;
        private MailSender sender;
        private MailflowSettings settings = MailflowSettings.defaults();
        private Clock clock = Clock.systemUTC();
        private ProcessingObserver observer = ProcessingObserver.NONE;
        private OutboxGuard guard = OutboxGuard.ALLOW_ALL;

        private Builder() {
        }

        public Builder submissions(SubmissionRepository value) { this.submissions = value; return this; }
        public Builder outbox(OutboxRepository value) { this.outbox = value; return this; }
        public Builder unitOfWork(UnitOfWork value) { this.unitOfWork = value; return this; }
        public Builder routing(RoutingPolicy value) { this.routing = value; return this; }
        public Builder sender(MailSender value) { this.sender = value; return this; }
        public Builder settings(MailflowSettings value) { this.settings = value; return this; }
        public Builder clock(Clock value) { this.clock = value; return this; }
        public Builder observer(ProcessingObserver value) { this.observer = value; return this; }
        /** Consulted right before every send (default {@link OutboxGuard#ALLOW_ALL}). */
        public Builder guard(OutboxGuard value) { this.guard = value; return this; }

        public MailflowPipeline build() {
            return new MailflowPipeline(this);
        }
    }
}
