package nl.vhkgateway.application.mailflow;

import nl.vhkgateway.application.UnitOfWork;
import nl.vhkgateway.application.mailflow.RoutingPolicy;
import nl.vhkgateway.domain.outbox.OutboxRepository;
import nl.vhkgateway.domain.submission.MailboxLocation;
import nl.vhkgateway.domain.submission.ProcessingError;
import nl.vhkgateway.domain.submission.StoreOutcome;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionRepository;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
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
            SubmissionState.ROUTED, SubmissionState.ACCEPTED, SubmissionState.REFUSING);
    /** States in which a message stays in the INBOX on purpose, waiting for the beheerder rather than for us. */
    private static final Set<SubmissionState> SET_ASIDE = EnumSet.of(SubmissionState.ERROR, SubmissionState.QUARANTINED,
            SubmissionState.DISCARDED);

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
    /** How long a worker's claim on a submission lasts; after a crash, another worker may take it over then. */
    static final Duration CLAIM_LEASE = Duration.ofSeconds(60);
    /** Messages per {@code UID FETCH}. */
    private static final int FETCH_BATCH = 25;
    /** Delivered originals moved out together ({@code UID MOVE} of a UID set) while a concurrent pass is running. */
    private static final int RELEASE_BATCH = 16;
    private final String claimToken = UUID.randomUUID().toString();
    private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
    /**
     * The submissions handed to this pipeline's workers and not finished yet (queued or running). {@link #processDue}
     * leaves them to their worker: taking one over would deliver it without telling the watcher, which then finds the
     * original still in the INBOX, fetches it again and moves it on its own (seen in the benchmark's profile).
     */
    private final Set<SubmissionId> handedToWorkers = ConcurrentHashMap.newKeySet();
    private final Queue<Finished> finished = new ConcurrentLinkedQueue<>();
    /**
     * The UIDs in {@link #finished}: delivered, their originals waiting for the next batched move. A pass skips them;
     * otherwise a delivery that finished while the pass ran made the pass fetch the whole original again, match it
     * on its key and move it on its own (seen in the benchmark's profile, issue 13).
     */
    private final Set<Long> awaitingMove = ConcurrentHashMap.newKeySet();
    private final AtomicInteger workFailures = new AtomicInteger();

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
        this.route = new RouteSubmission(submissions, outbox, unitOfWork, routing, attempts, clock, observer);
        this.recordDelivery = new RecordDelivery(submissions, outbox, unitOfWork, clock);
        this.dispatch = new DispatchOutbox(outbox, submissions, unitOfWork, sender, recordDelivery, settings, clock, observer,
                Objects.requireNonNull(b.guard, "guard"), Objects.requireNonNull(b.inDoubt, "inDoubt"));
        this.release = new ReleaseOriginal(submissions, clock, observer, unitOfWork);
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
        return processInbox(session, new WaitingCards(clock));
    }

    /**
     * As {@link #processInbox(MailboxSession)}, and records in {@code waiting} which messages are still waiting to be
     * handled after the pass (not delivered and not set aside in ERROR or QUARANTINED). Everything runs on the
     * calling thread.
     */
    public InboxPassResult processInbox(MailboxSession session, WaitingCards waiting) {
        return pass(session, waiting, Runnable::run, Integer.MAX_VALUE, true);
    }

    /**
     * The concurrent INBOX pass (issue 13). On the calling thread (the watcher's, which owns the IMAP session):
     * move out the originals whose work finished since the last pass, fetch new messages in batches (one
     * {@code UID FETCH} per batch) and store each at once (stored before anything else happens, as before). The
     * work after storing (screening and routing, sending, recording the delivery) runs on {@code workers}, at most
     * {@code maxInFlight} submissions at a time; each worker first claims its submission in the database, so two
     * workers (also the dispatch loop's) never advance the same one. When a worker finishes a delivery it notifies
     * the {@link #onReadyForRelease release listeners} (the watcher wakes and moves the original at once, no
     * waiting for a timer). With a calling-thread executor the pass is complete when it returns.
     */
    public InboxPassResult processInbox(MailboxSession session, WaitingCards waiting, Executor workers, int maxInFlight) {
        return pass(session, waiting, workers, maxInFlight, false);
    }

    /**
     * @param eagerRelease move each delivered original out as soon as it is done (one at a time, as the calling-thread
     *                     pipeline always did); otherwise deliveries are collected and moved in batches of
     *                     {@link #RELEASE_BATCH} during the pass and all the rest at its end
     */
    private InboxPassResult pass(MailboxSession session, WaitingCards waiting, Executor workers, int maxInFlight,
                                 boolean eagerRelease) {
        int releaseAt = eagerRelease ? 1 : RELEASE_BATCH;
        List<Long> uids = session.inboxUids();
        Set<Long> present = new HashSet<>(uids);
        Set<Long> releasedUids = new HashSet<>();
        int released = releaseFinished(session, present, releasedUids);
        int stored = 0;
        int failed = 0;
        List<Long> stillWaiting = new ArrayList<>();
        List<Long> toFetch = new ArrayList<>();
        for (long uid : uids) {
            if (releasedUids.contains(uid) || awaitingMove.contains(uid)) {
                continue; // moved out, or delivered and moved out at the end of this pass at the latest
            }
            if (inFlight.contains(uid) || inFlight.size() + toFetch.size() >= maxInFlight) {
                stillWaiting.add(uid);
                continue;
            }
            try {
                // The location shortcut spares re-reading messages that wait (backoff, ERROR). It is not trusted for
                // the one destructive step, moving the original: a server that reused UIDVALIDITY (against RFC 3501)
                // could otherwise make a new message look like a delivered one. Those are re-read and matched on
                // their key (and so fetched again below).
                Optional<Submission> known = submissions.findByLocation(session.locationOf(uid))
                        .filter(s -> !s.state().releasesOriginal());
                if (known.isEmpty()) {
                    toFetch.add(uid);
                } else if (!SET_ASIDE.contains(known.get().state())) {
                    stillWaiting.add(uid);
                    submit(workers, uid, known.get(), false);
                    if (finished.size() >= releaseAt) {
                        released += releaseFinished(session, present, releasedUids);
                    }
                }
            } catch (MailboxUnavailableException e) {
                throw e;
            } catch (RuntimeException e) {
                failed++;
                stillWaiting.add(uid);
                logFailure("Message uid " + uid + " could not be handled; it stays in the INBOX for the next pass", e);
            }
        }
        for (int from = 0; from < toFetch.size(); from += FETCH_BATCH) {
            List<Long> batch = toFetch.subList(from, Math.min(toFetch.size(), from + FETCH_BATCH));
            Map<Long, FetchedMessage> fetched = session.fetchAll(batch);
            for (long uid : batch) {
                FetchedMessage message = fetched.get(uid);
                if (message == null) {
                    continue; // gone meanwhile
                }
                try {
                    observer.reached(ProcessingPoint.AFTER_FETCH);
                    StoreOutcome outcome = store.store(message);
                    if (outcome.created()) {
                        stored++;
                        observer.reached(ProcessingPoint.AFTER_STORE);
                    }
                    Submission submission = outcome.submission();
                    if (submission.state().releasesOriginal()) {
                        release.release(session, submission, uid); // delivered before, matched on its key just now
                        released++;
                        releasedUids.add(uid);
                    } else if (!SET_ASIDE.contains(submission.state())) {
                        stillWaiting.add(uid);
                        submit(workers, uid, submission, true);
                        // what finished meanwhile leaves the INBOX now (with a calling-thread executor: this one,
                        // before the next message is touched, as in the one-at-a-time pipeline; with workers: once a
                        // batch has gathered, in one UID MOVE)
                        if (finished.size() >= releaseAt) {
                            released += releaseFinished(session, present, releasedUids);
                        }
                    }
                } catch (MailboxUnavailableException e) {
                    throw e;
                } catch (RuntimeException e) {
                    failed++;
                    stillWaiting.add(uid);
                    logFailure("Message uid " + uid + " could not be handled; it stays in the INBOX for the next pass", e);
                }
            }
        }
        released += releaseFinished(session, present, releasedUids);
        failed += workFailures.getAndSet(0);
        stillWaiting.removeAll(releasedUids);
        released += recordOriginalsGone(session, present, failed == 0);
        waiting.update(session.uidValidity(), stillWaiting);
        return new InboxPassResult(uids.size(), stored, released, failed);
    }

    /** @return how many submissions workers are advancing now */
    public int inFlight() {
        return inFlight.size();
    }

    private void submit(Executor workers, long uid, Submission submission, boolean matchedOnKey) {
        inFlight.add(uid);
        handedToWorkers.add(submission.id());
        try {
            workers.execute(() -> work(uid, submission, matchedOnKey));
        } catch (RejectedExecutionException e) {
            inFlight.remove(uid);
            handedToWorkers.remove(submission.id());
            throw e;
        }
    }

    /** One worker's job: claim, advance as far as possible, release the claim; hand a delivery to the watcher. */
    private void work(long uid, Submission submission, boolean matchedOnKey) {
        boolean delivered = false;
        try {
            Optional<Submission> advanced = advanceClaimed(submission);
            if (advanced.isPresent() && advanced.get().state().releasesOriginal()) {
                awaitingMove.add(uid);
                finished.add(new Finished(uid, advanced.get(), matchedOnKey));
                delivered = true;
            }
        } catch (RuntimeException e) {
            workFailures.incrementAndGet();
            logFailure("Submission " + submission.id() + " could not be advanced; will retry", e);
        } finally {
            inFlight.remove(uid);
            handedToWorkers.remove(submission.id());
        }
        if (delivered) {
            releaseListeners.forEach(Runnable::run);
        }
    }

    /**
     * Advances the submission under a database claim; empty when another worker holds it (it will finish the work) or
     * advanced it since {@code submission} was read.
     */
    private Optional<Submission> advanceClaimed(Submission submission) {
        Instant now = clock.instant();
        if (!submissions.claim(submission.id(), submission.state(), claimToken, now, now.plus(CLAIM_LEASE))) {
            return Optional.empty();
        }
        Submission advanced = null;
        try {
            advanced = advance(submission);
            return Optional.of(advanced);
        } finally {
            // a submission that reached a final state (DELIVERED, REFUSED: no state follows) is never claimed again,
            // so its claim may simply lapse: one database write less per card (issue 13)
            if (advanced == null || !advanced.state().successors().isEmpty()) {
                submissions.releaseClaim(submission.id(), claimToken);
            }
        }
    }

    /**
     * Moves out the originals of the deliveries workers finished, by the UID the pass handed them (still present, same
     * UIDVALIDITY); originals delivered outside a pass (the dispatch loop) are re-read and matched on their key first.
     */
    private int releaseFinished(MailboxSession session, Set<Long> present, Set<Long> releasedUids) {
        Map<Long, Submission> batch = new java.util.LinkedHashMap<>();
        Finished done;
        while ((done = finished.poll()) != null) {
            awaitingMove.remove(done.uid());
            if (!present.contains(done.uid()) || releasedUids.contains(done.uid())
                    || !session.locationOf(done.uid()).equals(done.submission().location().orElse(null))) {
                continue; // gone, or the INBOX changed (UIDVALIDITY): the next pass re-reads and matches it
            }
            batch.put(done.uid(), done.submission());
        }
        if (batch.isEmpty()) {
            return 0;
        }
        int count = release.releaseAll(session, batch);
        releasedUids.addAll(batch.keySet());
        return count;
    }

    private record Finished(long uid, Submission submission, boolean matchedOnKey) {
    }

    /**
     * Advances every due submission (routing, sending, recording delivery) and sends every due outbox message,
     * without the mailbox. Notifies the release listeners when something became deliverable so that the watcher
     * moves the originals soon. First lets the routing policy catch up what a crash skipped after a committed decision
     * ({@link RoutingPolicy#catchUp}). Returns the number of messages sent.
     */
    public int processDue() {
        route.catchUp();
        int delivered = 0;
        for (Submission submission : submissions.findDue(WORKING, clock.instant(), settings.batchSize())) {
            if (handedToWorkers.contains(submission.id())) {
                continue; // its worker is on it (queued or running)
            }
            try {
                if (advanceClaimed(submission).map(s -> s.state().releasesOriginal()).orElse(false)) {
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

    private Submission advance(Submission submission) {
        Submission current = submission;
        if (current.state().awaitsRouting() && route.route(current)) {
            observer.reached(ProcessingPoint.AFTER_ROUTE);
            current = reload(current);
        }
        if (current.state().awaitsDispatch()) {
            // a send records the delivery itself once the last message is out; only when nothing was sent now (all
            // sent before a crash, or cancelled) is it this call's turn
            if (dispatch.dispatchFor(current.id()) == 0 && recordDelivery.recordIfComplete(current.id())) {
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
        private InDoubtDeliveries inDoubt = InDoubtDeliveries.unprobed();

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
        /** Decides about messages in doubt before they are sent again (default: no probe, always resend). */
        public Builder inDoubt(InDoubtDeliveries value) { this.inDoubt = value; return this; }

        public MailflowPipeline build() {
            return new MailflowPipeline(this);
        }
    }
}
