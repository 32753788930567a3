package nl.vhkgateway.domain.submission;

/**
 * Hands out submission numbers: per year a sequence 1, 2, 3, ... Every number is handed out at most once, also
 * under concurrent use from several threads or gateway instances. A number allocated for an intake that is later
 * abandoned is not reused, so the sequence may have gaps. Implementations are thread-safe.
 */
public interface SubmissionNumberAllocator {

    /** The next number of the given year (the year of receipt, Europe/Amsterdam). */
    SubmissionNumber next(int year);
}
