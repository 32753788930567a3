package nl.vhkgateway.domain.submission;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a {@link Submission} is in its lifecycle. The skeleton uses RECEIVED -> ROUTED -> DELIVERED (and ERROR);
 * the screening intake adds SCREENED and the outcomes ACCEPTED / REFUSING / QUARANTINED. Each final state says what
 * happened: DELIVERED (sent on to the team), REFUSED (refused, the sender was told why), QUARANTINED (held for the
 * beheerder), DISCARDED (removed from quarantine).
 *
 * <pre>
 * RECEIVED ─┬─> ROUTED ──────┐
 *           ├─> SCREENED ─┬─> ACCEPTED ─┴─> DELIVERED
 *           │             ├─> REFUSING ───> REFUSED
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
    /** Screened and refused; the refusal to the sender is in the outbox and being sent (issue 4). */
    REFUSING,
    /** Refused, and the refusal reached the sender's mail server: final (issue 8). */
    REFUSED,
    /** Held for the beheerder (unknown sender, screener failure); nothing is sent to the sender (issue 4). */
    QUARANTINED,
    /** Every outgoing message of the submission was accepted by the SMTP server. */
    DELIVERED,
    /** Failed repeatedly; waits for the beheerder to reprocess it. */
    ERROR,
    /** Taken out of quarantine without processing (deleted by the beheerder, or kept too long); content removed. */
    DISCARDED;

    /** States in which the outbox messages of the submission are being sent; {@link #whenSent()} follows. */
    public boolean awaitsDispatch() {
        return this == ROUTED || this == ACCEPTED || this == REFUSING;
    }

    /** The final state once every outgoing message of a dispatch state was sent: REFUSED or DELIVERED. */
    public SubmissionState whenSent() {
        if (!awaitsDispatch()) {
            throw new IllegalStateException(this + " sends nothing");
        }
        return this == REFUSING ? REFUSED : DELIVERED;
    }

    /** States in which the next step is deciding what to send (routing / screening). */
    public boolean awaitsRouting() {
        return this == RECEIVED || this == SCREENED;
    }

    /** States in which the gateway is done with the original, so it may leave the INBOX. */
    public boolean releasesOriginal() {
        return this == DELIVERED || this == REFUSED || this == QUARANTINED || this == DISCARDED;
    }

    /** States the automatic processing works on (the others wait for a person or are final). */
    public boolean isWorking() {
        return awaitsRouting() || awaitsDispatch();
    }

    /** The states this one may change to. */
    public Set<SubmissionState> successors() {
        return switch (this) {
            case RECEIVED -> EnumSet.of(SCREENED, ROUTED, ACCEPTED, REFUSING, QUARANTINED, ERROR);
            case SCREENED -> EnumSet.of(ROUTED, ACCEPTED, REFUSING, QUARANTINED, ERROR);
            case ROUTED, ACCEPTED -> EnumSet.of(DELIVERED, ERROR);
            case REFUSING -> EnumSet.of(REFUSED, ERROR);
            case QUARANTINED -> EnumSet.of(RECEIVED, DISCARDED);
            case DELIVERED, REFUSED, DISCARDED -> EnumSet.noneOf(SubmissionState.class);
            case ERROR -> EnumSet.of(RECEIVED, ROUTED, ACCEPTED, REFUSING);
        };
    }

    public boolean canChangeTo(SubmissionState next) {
        return successors().contains(next);
    }
}
