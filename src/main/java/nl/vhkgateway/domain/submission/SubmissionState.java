package nl.vhkgateway.domain.submission;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a {@link Submission} is in its lifecycle. The skeleton uses RECEIVED -> ROUTED -> DELIVERED (and ERROR);
 * the screening intake adds SCREENED and the outcomes ACCEPTED / REFUSED / QUARANTINED.
 *
 * <pre>
 * RECEIVED ─┬─> ROUTED ──────┐
 *           ├─> SCREENED ─┬─> ACCEPTED ─┼─> DELIVERED
 *           │             ├─> REFUSED ──┘
 *           └─────────────┴─> QUARANTINED ─(release)─> RECEIVED
 *                                  └─(delete, or retention)─> DISCARDED
 * any working state ─> ERROR ─(reprocess)─> RECEIVED or back to the dispatch state it failed in
 * </pre>
 */
public enum SubmissionState {
    /** Stored (raw MIME, hash, metadata); nothing decided yet. */
    RECEIVED,
    /** Screened; the decision is being made (issue 4). */
    SCREENED,
    /** Outgoing messages written to the outbox without screening (the skeleton's blind forward). */
    ROUTED,
    /** Screened clean; outgoing messages (voorzitter, receipt) are in the outbox (issue 4). */
    ACCEPTED,
    /** Screened and refused; the refusal to the sender is in the outbox (issue 4). */
    REFUSED,
    /** Held for the beheerder (unknown sender, screener failure); nothing is sent to the sender (issue 4). */
    QUARANTINED,
    /** Every outgoing message of the submission was accepted by the SMTP server. */
    DELIVERED,
    /** Failed repeatedly; waits for the beheerder to reprocess it. */
    ERROR,
    /** Taken out of quarantine without processing (deleted by the beheerder, or kept too long); content removed. */
    DISCARDED;

    /** States in which the outbox messages of the submission are being sent; DELIVERED follows when all are sent. */
    public boolean awaitsDispatch() {
        return this == ROUTED || this == ACCEPTED || this == REFUSED;
    }

    /** States in which the next step is deciding what to send (routing / screening). */
    public boolean awaitsRouting() {
        return this == RECEIVED || this == SCREENED;
    }

    /** States in which the gateway is done with the original, so it may leave the INBOX. */
    public boolean releasesOriginal() {
        return this == DELIVERED || this == QUARANTINED || this == DISCARDED;
    }

    /** States the automatic processing works on (the others wait for a person or are final). */
    public boolean isWorking() {
        return awaitsRouting() || awaitsDispatch();
    }

    /** The states this one may change to. */
    public Set<SubmissionState> successors() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(SCREENED, ROUTED, ACCEPTED, REFUSED, QUARANTINED, ERROR);
            case SCREENED -> EnumSet.of(ROUTED, ACCEPTED, REFUSED, QUARANTINED, ERROR);
            case ROUTED, ACCEPTED, REFUSED -> EnumSet.of(DELIVERED, ERROR);
            case QUARANTINED -> EnumSet.of(RECEIVED, DISCARDED);
            case DELIVERED, DISCARDED -> EnumSet.noneOf(SubmissionState.class);
            case ERROR -> EnumSet.of(RECEIVED, ROUTED, ACCEPTED, REFUSED);
        };
    }

    public boolean canChangeTo(SubmissionState next) {
        return successors().contains(next);
    }
}
