package nl.vhkgateway.domain.planning;

import nl.vhkgateway.domain.submission.SubmissionNumber;

import java.time.Instant;
import java.util.List;

/**
 * The terms of planned cases ({@code case_term}) and the ledger of scheduled notices ({@code scheduled_notice}).
 * Every method joins the caller's transaction when one is active. Thread-safe.
 */
public interface TermRepository {

    /**
     * Stores the terms of an outcome for the case: a term of a kind already stored gets the new due date (a done
     * term stays done); kinds no longer in {@code terms} are removed.
     */
    void replaceTerms(SubmissionNumber number, List<Term> terms, Instant now);

    /** The terms of one case, done or not, by due date then kind; empty for a case without an outcome. */
    List<RecordedTerm> termsOf(SubmissionNumber number);

    /** Every term not yet done, by due date. */
    List<CaseTerm> undone();

    /** Marks the term done; false when the case has no such term. */
    boolean markDone(SubmissionNumber number, TermKind kind, Instant now);

    /**
     * Claims a scheduled notice by its key: true the first time (the caller then queues the mail in the same
     * transaction), false when it was claimed before. This makes each notice exactly-once across restarts.
     */
    boolean claimNotice(String key, Instant now);
}
