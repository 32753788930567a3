package nl.vhkgateway.domain.handover;

import nl.vhkgateway.domain.consent.ConsentId;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a handover check: granted under one consent record, or refused for one reason. Immutable.
 */
public final class HandoverDecision {

    private final Optional<ConsentId> consentId;
    private final Optional<HandoverRefusal> refusal;

    private HandoverDecision(Optional<ConsentId> consentId, Optional<HandoverRefusal> refusal) {
        this.consentId = consentId;
        this.refusal = refusal;
    }

    public static HandoverDecision granted(ConsentId consentId) {
        return new HandoverDecision(Optional.of(Objects.requireNonNull(consentId, "consentId")), Optional.empty());
    }

    /** Refused; {@code consentId} is the record the refusal is about, when there is one. */
    public static HandoverDecision refused(HandoverRefusal refusal, Optional<ConsentId> consentId) {
        return new HandoverDecision(consentId, Optional.of(Objects.requireNonNull(refusal, "refusal")));
    }

    public boolean isGranted() {
        return refusal.isEmpty();
    }

    /** The consent that authorises the handover, or that the refusal is about. */
    public Optional<ConsentId> consentId() {
        return consentId;
    }

    public Optional<HandoverRefusal> refusal() {
        return refusal;
    }

    @Override
    public String toString() {
        return refusal.map(r -> "REFUSED[" + r.reason() + "]")
                .orElseGet(() -> "GRANTED[" + consentId.orElseThrow() + "]");
    }
}
