package nl.vhkgateway.domain.submission;

/**
 * The technical identity of a {@link Submission} (database key). Not the submission number a person sees
 * (VHT-2026-0042), which another part of the system assigns. Immutable.
 */
public record SubmissionId(long value) {

    public SubmissionId {
        if (value <= 0) {
            throw new IllegalArgumentException("SubmissionId must be positive: " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
