package nl.vhkgateway.domain.consent;

import java.util.List;
import java.util.Optional;

/**
 * The consent register. Append-only: a consent is recorded once and may get one withdrawal; nothing is ever
 * updated or deleted. Implementations are thread-safe; two concurrent withdrawals of one consent leave exactly one.
 */
public interface ConsentRepository {

    /** Stores a new consent and gives it its number. */
    ConsentRecord record(ConsentData data);

    Optional<ConsentRecord> findById(ConsentId id);

    /** All consents recorded for the case, oldest first, with their withdrawals. */
    List<ConsentRecord> findByCase(CaseReference caseReference);

    /**
     * Adds the withdrawal.
     *
     * @throws ConsentNotFoundException         when there is no such consent
     * @throws ConsentAlreadyWithdrawnException when it was withdrawn before
     */
    ConsentRecord withdraw(ConsentId id, Withdrawal withdrawal);
}
