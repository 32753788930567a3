package nl.vhkgateway.domain.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** A consent register in memory for unit tests; same contract as the JDBC one. Thread-safe. */
public final class InMemoryConsentRepository implements ConsentRepository {

    private final AtomicLong ids = new AtomicLong();
    private final ConcurrentHashMap<ConsentId, ConsentRecord> records = new ConcurrentHashMap<>();

    @Override
    public ConsentRecord record(ConsentData data) {
        ConsentRecord record = new ConsentRecord(new ConsentId(ids.incrementAndGet()), data, Optional.empty());
        records.put(record.id(), record);
        return record;
    }

    @Override
    public Optional<ConsentRecord> findById(ConsentId id) {
        return Optional.ofNullable(records.get(id));
    }

    @Override
    public List<ConsentRecord> findByCase(CaseReference caseReference) {
        List<ConsentRecord> found = new ArrayList<>();
        records.values().stream()
                .filter(r -> r.data().caseReference().equals(caseReference))
                .sorted((a, b) -> Long.compare(a.id().value(), b.id().value()))
                .forEach(found::add);
        return found;
    }

    @Override
    public ConsentRecord withdraw(ConsentId id, Withdrawal withdrawal) {
        ConsentRecord updated = records.computeIfPresent(id, (key, current) -> current.withWithdrawal(withdrawal));
        if (updated == null) {
            throw new ConsentNotFoundException(id);
        }
        return updated;
    }
}
