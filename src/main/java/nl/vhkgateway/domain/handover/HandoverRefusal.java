package nl.vhkgateway.domain.handover;

import java.util.Objects;

/**
 * Exactly which condition failed, as a code and as a Dutch sentence a social worker understands ("de toestemming
 * met nummer 17 is ingetrokken op 12-03-2026 om 10:15"). The sentence holds codes, dates and organisation types,
 * never card content. Immutable.
 */
public record HandoverRefusal(RefusalReason reason, String message) {

    public HandoverRefusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }
}
