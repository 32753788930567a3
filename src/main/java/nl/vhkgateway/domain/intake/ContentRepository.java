package nl.vhkgateway.domain.intake;

import nl.vhkgateway.domain.submission.SubmissionId;

import java.time.Instant;
import java.util.List;

/**
 * Finds and removes the content the gateway keeps (the raw received message; the MIME of sent messages, which for an
 * accepted card holds the sanitised card) for retention. Metadata, history and audit are never removed. Every method
 * joins the caller's transaction when one is active and otherwise runs in its own. Implementations are thread-safe.
 */
public interface ContentRepository {

    /** True while the raw message of the submission is kept. */
    boolean hasContent(SubmissionId submission);

    /** DELIVERED submissions that still have content and were delivered before {@code cutoff}, oldest first. */
    List<SubmissionId> deliveredBefore(Instant cutoff, int limit);

    /** Submissions that were refused (REFUSING, REFUSED, or ERROR after a refusal) and still have content. */
    List<SubmissionId> refused(int limit);

    /** Submissions QUARANTINED since before {@code cutoff}, oldest first. */
    List<SubmissionId> quarantinedBefore(Instant cutoff, int limit);

    /**
     * Removes the raw message of a submission that is no longer being decided (not RECEIVED or SCREENED) and records
     * when and why. Returns false when there was nothing to remove or the submission is being decided.
     */
    boolean purge(SubmissionId submission, String reasonCode, Instant at);

    /**
     * The Message-IDs (real ones, not synthetic) of submissions whose content was removed at or after {@code since}:
     * their originals must go from the mail server's processed folder as well.
     */
    List<String> purgedMessageIdsSince(Instant since, int limit);

    /** Removes the MIME of messages SENT before {@code cutoff}; returns how many. */
    int purgeSentBefore(Instant cutoff, Instant at);
}
