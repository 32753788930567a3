package nl.vhkgateway.application.intake.quarantine;

import nl.vhkgateway.application.UnitOfWork;
import nl.vhkgateway.application.intake.routing.IntakeAudit;
import nl.vhkgateway.application.intake.routing.RoutingReasons;
import nl.vhkgateway.domain.intake.ContentRepository;
import nl.vhkgateway.domain.intake.IntakeRecordRepository;
import nl.vhkgateway.domain.submission.Submission;
import nl.vhkgateway.domain.submission.SubmissionId;
import nl.vhkgateway.domain.submission.SubmissionRepository;
import nl.vhkgateway.domain.submission.SubmissionSearch;
import nl.vhkgateway.domain.submission.SubmissionState;

import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The beheerder's quarantine: list what is held (unknown senders, automated messages, cards the screener could not
 * handle), look at one (metadata only), release it (back to RECEIVED: the whole flow runs again, e.g. after the
 * sender was registered) or delete it (DISCARDED, content removed). Every release and deletion is audited with the
 * beheerder's login. After a release, wake the intake loops so it is picked up at once. Thread-safe.
 */
public final class QuarantineAdministration {

    private static final Logger LOG = Logger.getLogger(QuarantineAdministration.class.getName());

    private final SubmissionRepository submissions;
    private final IntakeRecordRepository records;
    private final ContentRepository content;
    private final UnitOfWork unitOfWork;
    private final DiscardQuarantined discard;
    private final IntakeAudit audit;
    private final Clock clock;

    public QuarantineAdministration(SubmissionRepository submissions, IntakeRecordRepository records,
                                    ContentRepository content, UnitOfWork unitOfWork, IntakeAudit audit, Clock clock) {
        this.submissions = Objects.requireNonNull(submissions, "submissions");
        this.records = Objects.requireNonNull(records, "records");
        this.content = Objects.requireNonNull(content, "content");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.discard = new DiscardQuarantined(submissions, content, unitOfWork, clock);
    }

    /** What is in quarantine now, most recent first. */
    public List<QuarantineEntry> list(int limit) {
        return submissions.findByState(SubmissionState.QUARANTINED, limit).stream().map(this::entry).toList();
    }

    /** One page of what is in quarantine now, most recent first. */
    public List<QuarantineEntry> list(int limit, long offset) {
        return submissions.search(SubmissionSearch.all(limit, offset).inState(SubmissionState.QUARANTINED)).stream()
                .map(this::entry).toList();
    }

    /** How many submissions are in quarantine now. */
    public long count() {
        return submissions.count(SubmissionSearch.all(1, 0).inState(SubmissionState.QUARANTINED));
    }

    /** One submission that is or was in quarantine; empty for an unknown id or one that never was. */
    public Optional<QuarantineEntry> find(SubmissionId id) {
        return submissions.find(id).map(this::entry)
                .filter(e -> e.history().stream().anyMatch(change -> change.to() == SubmissionState.QUARANTINED));
    }

    /**
     * Puts a quarantined submission back to RECEIVED so that it is verified, screened and decided again. Throws
     * {@link NoSuchElementException} for an unknown id and {@link IllegalStateException} when it is not QUARANTINED
     * or its content was already removed.
     */
    public Submission release(SubmissionId id, String beheerder) {
        Submission released = unitOfWork.inTransaction(() -> {
            Submission current = submissions.lock(id).orElseThrow(() -> new NoSuchElementException("No submission " + id));
            if (current.state() != SubmissionState.QUARANTINED) {
                throw new IllegalStateException("Submission " + id + " is " + current.state() + ", not QUARANTINED");
            }
            if (!content.hasContent(id)) {
                throw new IllegalStateException("The content of submission " + id + " was removed");
            }
            submissions.changeState(current.changeTo(SubmissionState.RECEIVED, RoutingReasons.QUARANTINE_RELEASED,
                    clock.instant()));
            return submissions.find(id).orElseThrow();
        });
        audit.quarantineAction(beheerder, IntakeAudit.QUARANTINE_RELEASE, id, RoutingReasons.QUARANTINE_RELEASED);
        LOG.info(() -> "Submission " + id + " released from quarantine by the beheerder");
        return released;
    }

    /**
     * Deletes a quarantined submission: DISCARDED, content removed; metadata, history and audit stay. Throws
     * {@link NoSuchElementException} for an unknown id and {@link IllegalStateException} when it is not QUARANTINED.
     */
    public Submission delete(SubmissionId id, String beheerder) {
        Submission deleted = discard.discard(id, RoutingReasons.QUARANTINE_DELETED);
        audit.quarantineAction(beheerder, IntakeAudit.QUARANTINE_DELETE, id, RoutingReasons.QUARANTINE_DELETED);
        LOG.info(() -> "Submission " + id + " deleted from quarantine by the beheerder");
        return deleted;
    }

    private QuarantineEntry entry(Submission submission) {
        return new QuarantineEntry(submission, records.find(submission.id()), submissions.history(submission.id()),
                content.hasContent(submission.id()));
    }
}
