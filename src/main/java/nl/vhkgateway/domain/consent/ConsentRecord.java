package nl.vhkgateway.domain.consent;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A consent in the register. Lifecycle: recorded once ({@link ConsentRepository#record}) with a validity period;
 * before {@code validFrom} it is not yet valid, from {@code validUntil} on it has expired; it may be withdrawn once
 * ({@link ConsentRepository#withdraw}), which adds a {@link Withdrawal} and never changes the recorded facts. An
 * expired or withdrawn consent never becomes valid again: nothing can extend or revive it; the family's renewed
 * consent is a new record with a new number. Immutable.
 */
public record ConsentRecord(ConsentId id, ConsentData data, Optional<Withdrawal> withdrawal) {

    public ConsentRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(withdrawal, "withdrawal");
    }

    /** The status at a moment. A withdrawal counts from its {@code withdrawnAt}; it wins over expiry. */
    public ConsentStatus statusAt(Instant moment) {
        if (withdrawal.map(w -> !moment.isBefore(w.withdrawnAt())).orElse(false)) {
            return ConsentStatus.WITHDRAWN;
        }
        if (!moment.isBefore(data.validUntil())) {
            return ConsentStatus.EXPIRED;
        }
        if (moment.isBefore(data.validFrom())) {
            return ConsentStatus.NOT_YET_VALID;
        }
        return ConsentStatus.VALID;
    }

    public ConsentRecord withWithdrawal(Withdrawal newWithdrawal) {
        if (withdrawal.isPresent()) {
            throw new ConsentAlreadyWithdrawnException(id);
        }
        if (newWithdrawal.withdrawnAt().isBefore(data.givenAt())) {
            throw new IllegalArgumentException("a consent cannot be withdrawn before it was given");
        }
        return new ConsentRecord(id, data, Optional.of(newWithdrawal));
    }
}
